using System.Text.Json.Nodes;

namespace BackCareBot.Tests.Support;

/// <summary>
/// Activities as channels send them, as JSON, so tests can change any field (or break it) before posting. The bot
/// is <see cref="BotId"/> and the person writing is <see cref="UserId"/>, in Teams' id formats.
/// </summary>
public static class Inbound
{
    public const string BotId = "28:0b6f8a9e-6c1d-4a57-9d8e-1f2a3b4c5d6e";
    public const string BotName = "BackCareBot";
    public const string UserId = "29:1user-aad-object";
    public const string UserName = "Alex";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    /// <summary>A conversation id no other test uses, so no test reads what another stored.</summary>
    public static string NewConversationId() => "a:1" + Guid.NewGuid().ToString("N");

    public static JsonObject Message(string? text, string conversationId, string? serviceUrl, string channelId = "msteams", string id = "1:7f3a") =>
        Activity("message", conversationId, serviceUrl, channelId, id, text);

    public static JsonObject ConversationUpdate(string conversationId, string? serviceUrl, string channelId, params string[] membersAdded)
    {
        var activity = Activity("conversationUpdate", conversationId, serviceUrl, channelId, "f:update-1", text: null);
        activity["membersAdded"] = new JsonArray([.. membersAdded.Select(id => new JsonObject { ["id"] = id })]);
        return activity;
    }

    public static JsonObject InstallationUpdate(string action, string conversationId, string? serviceUrl)
    {
        var activity = Activity("installationUpdate", conversationId, serviceUrl, "msteams", "f:install-1", text: null);
        activity["action"] = action;
        return activity;
    }

    private static JsonObject Activity(string type, string conversationId, string? serviceUrl, string channelId, string id, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["timestamp"] = "2025-03-03T09:15:00.000Z",
            ["localTimestamp"] = "2025-03-03T10:15:00.000+01:00",
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = "6f1c2a3b-0000-4000-8000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["locale"] = "en-US",
        };
        if (serviceUrl is not null)
        {
            activity["serviceUrl"] = serviceUrl;
        }

        if (text is not null)
        {
            activity["text"] = text;
            activity["textFormat"] = "plain";
        }

        if (channelId == "msteams")
        {
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        }

        return activity;
    }
}
