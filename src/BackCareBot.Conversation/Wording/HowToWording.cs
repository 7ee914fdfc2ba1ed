namespace BackCareBot.Conversation.Wording;

/// <summary>How "How do I do it?" is answered: the steps of the advice, its hold and its frequency.</summary>
public sealed class HowToWording
{
    /// <summary>The first line; {title} is the advice's title.</summary>
    public string Heading { get; init; } = "";

    /// <summary>The first line for an explanation, whose steps say what to do about the cause.</summary>
    public string ExplanationHeading { get; init; } = "";

    /// <summary>{hold}: how long to hold, from the knowledge.</summary>
    public string Hold { get; init; } = "";

    /// <summary>{frequency}: how often, from the knowledge.</summary>
    public string Frequency { get; init; } = "";

    /// <summary>Fills {hold} or {frequency} of an exercise whose entry says nothing about it.</summary>
    public string NotSaid { get; init; } = "";

    /// <summary>Said instead of the steps when the article describes none.</summary>
    public string NoSteps { get; init; } = "";
}
