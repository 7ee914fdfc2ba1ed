namespace BackCareBot.BotFramework.Tests.Schema;

/// <summary>Activities shaped like what each channel really sends (ids and tenants made up).</summary>
public static class Payloads
{
    public const string TeamsBotId = "28:00000000-0000-4000-8000-000000000003";

    public const string TeamsChannelMessage = """
        {
          "text": "<at>BackCareBot</at> my lower back is stiff",
          "textFormat": "plain",
          "attachments": [
            {
              "contentType": "text/html",
              "content": "<div><div><span itemscope=\"\" itemtype=\"http://schema.skype.com/Mention\" itemid=\"0\">BackCareBot</span> my lower back is stiff</div></div>"
            }
          ],
          "type": "message",
          "timestamp": "2024-05-13T09:12:44.1234567Z",
          "localTimestamp": "2024-05-13T11:12:44.1234567+02:00",
          "id": "1715591564123",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": {
            "id": "29:1abcDEF-user",
            "name": "Alex Doe",
            "aadObjectId": "6b3a2c1e-0000-4000-8000-000000000001",
            "userPrincipalName": "alex@example.com"
          },
          "conversation": {
            "isGroup": true,
            "conversationType": "channel",
            "tenantId": "72f988bf-0000-4000-8000-000000000002",
            "id": "19:abc123@thread.tacv2;messageid=1715591564123"
          },
          "recipient": { "id": "28:00000000-0000-4000-8000-000000000003", "name": "BackCareBot" },
          "entities": [
            {
              "mentioned": { "id": "28:00000000-0000-4000-8000-000000000003", "name": "BackCareBot" },
              "text": "<at>BackCareBot</at>",
              "type": "mention"
            },
            { "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Europe/Berlin", "type": "clientInfo" }
          ],
          "channelData": {
            "teamsChannelId": "19:abc123@thread.tacv2",
            "teamsTeamId": "19:team456@thread.tacv2",
            "channel": { "id": "19:abc123@thread.tacv2" },
            "team": { "id": "19:team456@thread.tacv2", "name": "Desk workers", "aadGroupId": "0d1e2f3a-0000-4000-8000-000000000004" },
            "tenant": { "id": "72f988bf-0000-4000-8000-000000000002" }
          },
          "locale": "en-US",
          "localTimezone": "Europe/Berlin"
        }
        """;

    public const string WebChatMessage = """
        {
          "type": "message",
          "id": "Ab1Cd2EfGh3|0000001",
          "timestamp": "2024-05-13T09:15:02.5512345Z",
          "localTimestamp": "2024-05-13T11:15:01.987+02:00",
          "localTimezone": "Europe/Berlin",
          "serviceUrl": "https://webchat.botframework.com/",
          "channelId": "webchat",
          "from": { "id": "dl_5f1c2d", "name": "You", "role": "user" },
          "conversation": { "id": "Ab1Cd2EfGh3" },
          "recipient": { "id": "backcarebot@Xy12", "name": "BackCareBot" },
          "textFormat": "plain",
          "locale": "en-US",
          "text": "How do I stretch my hip flexors?",
          "entities": [
            { "requiresBotState": true, "supportsListening": true, "supportsTts": true, "type": "ClientCapabilities" }
          ],
          "channelData": { "clientActivityID": "1715591701987x7kq1", "clientTimestamp": "2024-05-13T09:15:01.987Z" }
        }
        """;

    public const string EmulatorConversationUpdate = """
        {
          "type": "conversationUpdate",
          "membersAdded": [
            { "id": "c1a7e3f0-1111-4e3c-9e6f-2b1d0f6f1a11", "name": "Bot" },
            { "id": "4b3f5c9d-2222-4d9b-8f2a-7f3e9e1c2b22", "name": "User" }
          ],
          "membersRemoved": [],
          "channelId": "emulator",
          "conversation": { "id": "e5f6a7b8-3333-11ef-9a1b-1f2e3d4c5b6a|livechat" },
          "id": "f1e2d3c4-4444-11ef-8c9d-0a1b2c3d4e5f",
          "localTimestamp": "2024-05-13T11:20:00+02:00",
          "recipient": { "id": "c1a7e3f0-1111-4e3c-9e6f-2b1d0f6f1a11", "name": "Bot", "role": "bot" },
          "timestamp": "2024-05-13T09:20:00.321Z",
          "from": { "id": "4b3f5c9d-2222-4d9b-8f2a-7f3e9e1c2b22", "name": "User", "role": "user" },
          "locale": "en-US",
          "serviceUrl": "http://localhost:51234"
        }
        """;

    public const string ReplyWithTriageEntity = """
        {
          "type": "message",
          "text": "Sharp pain is worth a visit to your doctor or a physical therapist.",
          "inputHint": "acceptingInput",
          "entities": [
            { "type": "backcare/triage", "level": "doctor", "reasons": ["sharp-pain"] },
            { "type": "backcare/advice", "id": "hamstring-stretch", "score": 0.91 }
          ],
          "suggestedActions": { "actions": [ { "type": "imBack", "title": "Stretches", "value": "Stretches" } ] }
        }
        """;

    public const string FutureActivityType = """
        {
          "type": "hologram",
          "id": "h-1",
          "channelId": "future",
          "conversation": { "id": "c-1", "spin": 3 },
          "from": { "id": "u-1", "mood": { "calm": true } },
          "hologramSpec": { "depth": 3, "colours": ["red", "blue"] },
          "value": [1, 2, { "three": 3 }]
        }
        """;
}
