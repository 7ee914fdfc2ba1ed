namespace BackCareBot.LoadBenchmark;

/// <summary>
/// What the load sends, in turn: the questions people ask about a back stiff from sitting, and the ones that must be
/// triaged (sharp pain, pain for weeks, a date to resolve, emergency warning signs). A conversation sends each once,
/// so triage follow-up questions get answered by whatever comes next, as in a real chat.
/// </summary>
internal static class Questions
{
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
}
