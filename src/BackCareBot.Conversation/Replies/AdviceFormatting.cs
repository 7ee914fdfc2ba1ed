using BackCareBot.BackCare.Knowledge;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>How an advice entry's steps and attribution read in a reply.</summary>
internal static class AdviceFormatting
{
    public static string Steps(AdviceEntry entry)
    {
        var lines = entry.Steps.Select((step, index) => $"{index + 1}. {step}").ToList();
        if (entry.Hold is not null)
        {
            lines.Add($"Hold: {entry.Hold}");
        }

        if (entry.Frequency is not null)
        {
            lines.Add($"How often: {entry.Frequency}");
        }

        return string.Join("\n", lines);
    }

    public static string Attribution(AdviceEntry entry, AttributionWording wording) => entry.Attribution.Kind switch
    {
        AttributionKind.Expert => wording.Expert.Replace("{expert}", entry.Attribution.Display, StringComparison.Ordinal),
        AttributionKind.ReaderTip => wording.ReaderTip.Replace("{reader}", entry.Attribution.Name, StringComparison.Ordinal),
        _ => entry.Attribution.Display + ".",
    };
}
