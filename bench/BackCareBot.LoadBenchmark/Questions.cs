namespace BackCareBot.LoadBenchmark;

/// <summary>
/// What the load sends, in turn: the questions people ask about a back stiff from sitting, and the ones that must be
/// triaged (sharp pain, pain for weeks, a date to resolve, emergency warning signs). A conversation sends each once,
/// so triage follow-up questions get answered by whatever comes next, as in a real chat.
/// </summary>
internal static class Questions
{
    public const string AllName = "all";
    public const string NoTimeName = "no-time";

    public static IReadOnlyList<string> All { get; } =
    [
        "what stretches help a stiff lower back after sitting all day?",
        "I get a sharp pain in my lower back when I stand up after sitting",
        "how long should I hold the hamstring stretch?",
        "my lower back has been sore for about two weeks now",
        "how do I do the dead bug exercise?",
        "my lower back has been stiff and sore since last Friday",
        "should I get a standing desk?",
        "my lower back hurts and since this morning I can't control my bladder",
        "how should I set up my chair and monitor at work?",
        "can a foam roller help my back?",
        "why does sitting all day make my back stiff?",
        "my back aches and my legs feel numb and weak",
    ];

    /// <summary>
    /// The questions with no time expression ("all day", "two weeks", "since Friday"), for which BackCareBot never runs
    /// its date recogniser: the gap between the two sets is that recogniser's share of a turn.
    /// </summary>
    public static IReadOnlyList<string> WithoutTime { get; } =
    [
        .. All.Where(question => !question.Contains("day", StringComparison.Ordinal)
            && !question.Contains("week", StringComparison.Ordinal)
            && !question.Contains("morning", StringComparison.Ordinal)),
    ];

    public static IReadOnlyList<string> Named(string name) => name switch
    {
        AllName => All,
        NoTimeName => WithoutTime,
        _ => throw new ArgumentException($"--questions is {AllName} or {NoTimeName}."),
    };
}
