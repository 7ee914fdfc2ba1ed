namespace BackCareBot.BotFramework.Schema;

public sealed class SemanticAction
{
    public string? Id { get; set; }

    /// <summary><c>start</c>, <c>continue</c> or <c>done</c>.</summary>
    public string? State { get; set; }

    public IDictionary<string, Entity>? Entities { get; set; }
}
