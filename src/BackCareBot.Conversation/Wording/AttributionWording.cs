namespace BackCareBot.Conversation.Wording;

/// <summary>How advice is attributed: to its expert, or as a reader's tip.</summary>
public sealed class AttributionWording
{
    public string Expert { get; init; } = "";
    public string ReaderTip { get; init; } = "";
}
