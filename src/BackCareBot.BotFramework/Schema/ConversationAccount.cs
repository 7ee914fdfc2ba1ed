using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackCareBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed class ConversationAccount
{
    public bool? IsGroup { get; set; }

    /// <summary>Channel defined; Teams uses <c>personal</c>, <c>groupChat</c> and <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    public string? TenantId { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
