using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackCareBot.BotFramework.Schema;

/// <summary>A user or bot in a channel. Teams adds fields (e.g. <c>userPrincipalName</c>) kept in <see cref="Properties"/>.</summary>
public sealed class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string? id, string? name = null)
    {
        Id = id;
        Name = name;
    }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary><c>user</c> or <c>bot</c>; meant for transcripts, so receivers do not rely on it.</summary>
    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
