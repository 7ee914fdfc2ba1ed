namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>
/// The fields of an activity a bot needs to address its reply. The floor binds only these, so it pays for
/// parsing the whole request but not for a full schema.
/// </summary>
internal sealed class FloorActivity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public FloorAccount? From { get; set; }

    public FloorAccount? Conversation { get; set; }

    public FloorAccount? Recipient { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? InputHint { get; set; }

    public string? ReplyToId { get; set; }

    public string? DeliveryMode { get; set; }
}
