namespace BackCareBot.Conversation.Wording;

/// <summary>The questions the bot asks before it can decide.</summary>
public sealed class QuestionWording
{
    public string Duration { get; init; } = "";
    public string Sharpness { get; init; } = "";

    /// <summary>Asked once more when the answer was not a length of time.</summary>
    public string DurationAgain { get; init; } = "";

    /// <summary>Asked once more when the answer said neither sharp nor dull.</summary>
    public string SharpnessAgain { get; init; } = "";

    /// <summary>Before the pain question asked again after "dunno, a while?": a rough answer is enough.</summary>
    public string Unsure { get; init; } = "";

    /// <summary>Before a pain question that follows an exercise: what to do until the answer is known.</summary>
    public string BeforeYouTry { get; init; } = "";
    public string WhichAdvice { get; init; } = "";

    /// <summary>Before a screening question asked once more: the answer did not say.</summary>
    public string ScreeningAgain { get; init; } = "";

    /// <summary>
    /// Before a screening question asked once more after a message that told something else of the pain ("it's been
    /// a couple of months"): heard, and the check still comes first.
    /// </summary>
    public string ScreeningNoted { get; init; } = "";

    /// <summary>Before a screening question asked again because the person asked for an exercise meanwhile.</summary>
    public string ScreeningBeforeExercise { get; init; } = "";

    /// <summary>A screening question answered "no" with nothing else asked before it: heard, and what comes next.</summary>
    public string ScreeningCleared { get; init; } = "";

    /// <summary>Before the same pain question again, after an answer that told the other fact.</summary>
    public string Noted { get; init; } = "";

    /// <summary>Another stretch asked about while one waits for the pain question, with {title} and {why}.</summary>
    public string WhileItWaits { get; init; } = "";
}
