using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Replies;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// Dresses a <see cref="BotReply"/> for the channel it goes to. Teams gets blank-line paragraphs, hero card
/// <c>imBack</c> buttons instead of suggested actions (which it drops outside personal chats) and the tenant in
/// <c>channelData</c>; Web Chat, Direct Line and the Emulator get suggested actions.
/// </summary>
public static class ReplyActivityFactory
{
    // Teams shows at most six buttons on a hero card.
    private const int MaxTeamsButtons = 6;

    public static Activity Create(BotReply reply, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var isTeams = string.Equals(inbound.ChannelId, BotFramework.Schema.Channels.MsTeams, StringComparison.OrdinalIgnoreCase);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = isTeams ? TeamsParagraphs(reply.Text) : reply.Text,
            TextFormat = TextFormatTypes.Markdown,
            InputHint = reply.ExpectingInput ? InputHints.ExpectingInput : InputHints.AcceptingInput,
            Entities = DecisionEntities.For(reply),
        };

        if (reply.Suggestions.Count > 0)
        {
            if (isTeams)
            {
                var card = new HeroCard { Buttons = [.. reply.Suggestions.Take(MaxTeamsButtons).Select(label => CardAction.ImBack(label))] };
                activity.Attachments = [card.ToAttachment()];
            }
            else
            {
                activity.SuggestedActions = new SuggestedActions
                {
                    To = inbound.From?.Id is { Length: > 0 } userId ? [userId] : null,
                    Actions = [.. reply.Suggestions.Select(label => CardAction.ImBack(label))],
                };
            }
        }

        if (isTeams && TenantChannelData(inbound) is { } channelData)
        {
            activity.ChannelData = channelData;
        }

        return activity;
    }

    /// <summary>Teams renders a single line break inconsistently across clients; a blank line is always a new paragraph.</summary>
    private static string TeamsParagraphs(string text) =>
        text.Replace("\n\n", "\n", StringComparison.Ordinal).Replace("\n", "\n\n", StringComparison.Ordinal);

    private static JsonElement? TenantChannelData(Activity inbound)
    {
        string? tenantId = null;
        if (inbound.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object
            && tenant.TryGetProperty("id", out var id)
            && id.ValueKind == JsonValueKind.String)
        {
            tenantId = id.GetString();
        }

        tenantId ??= inbound.Conversation?.TenantId;
        return tenantId is null
            ? null
            : JsonSerializer.SerializeToElement(new TeamsChannelData(new TeamsTenant(tenantId)), BotJson.Options);
    }

    private sealed record TeamsChannelData(TeamsTenant Tenant);

    private sealed record TeamsTenant(string Id);
}
