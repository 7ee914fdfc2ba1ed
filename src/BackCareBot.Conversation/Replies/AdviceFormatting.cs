using BackCareBot.BackCare.Knowledge;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>How an advice entry's steps and attribution read in a reply.</summary>
internal static class AdviceFormatting
{
    public static string Summary(AdviceEntry entry) => $"**{entry.Title}**: {entry.Answer}";

    /// <summary>
    /// The steps as a numbered list, then the hold and the frequency. For an exercise, a hold or frequency the
    /// article does not give is said so rather than left out; a note on where the steps come from closes it.
    /// </summary>
    public static string HowTo(AdviceEntry entry, HowToWording wording) => TextParts.Paragraphs(HowToParagraphs(entry, wording));

    /// <summary><see cref="HowTo"/> paragraph by paragraph, its heading first, for a card to lay out.</summary>
    public static IReadOnlyList<string> HowToParagraphs(AdviceEntry entry, HowToWording wording)
    {
        var steps = entry.Steps.Count == 0
            ? wording.NoSteps
            : string.Join("\n", entry.Steps.Select((step, index) => $"{index + 1}. {step}"));
        var isExercise = entry.Kind == AdviceKind.Exercise;
        var hold = entry.Hold ?? (isExercise ? wording.NotSaid : null);
        var frequency = entry.Frequency ?? (isExercise ? wording.NotSaid : null);
        return TextParts.Present(
            TextParts.Fill(entry.Kind == AdviceKind.Explanation ? wording.ExplanationHeading : wording.Heading, "{title}", entry.Title),
            steps,
            hold is null ? null : TextParts.Fill(wording.Hold, "{hold}", hold),
            frequency is null ? null : TextParts.Fill(wording.Frequency, "{frequency}", frequency),
            entry.StepsNote);
    }

    public static string Attribution(AdviceEntry entry, AttributionWording wording) => entry.Attribution.Kind switch
    {
        AttributionKind.Expert => wording.Expert.Replace("{expert}", entry.Attribution.Display, StringComparison.Ordinal),
        AttributionKind.ReaderTip => wording.ReaderTip.Replace("{reader}", entry.Attribution.Name, StringComparison.Ordinal),
        _ => entry.Attribution.Display + ".",
    };
}
