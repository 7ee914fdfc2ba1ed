using System.Net.Http.Headers;
using System.Text;

namespace BackCareBot.BotFramework.Tests.Messaging;

internal static class MessagingRequests
{
    public static HttpRequestMessage Post(string json, string contentType = "application/json") =>
        Post(Encoding.UTF8.GetBytes(json), contentType);

    public static HttpRequestMessage Post(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
    }

    public static string Message(string text, string? serviceUrl, string conversationId = "a:1-personal", string extra = "") =>
        $$"""
        {
          "type": "message",
          "id": "1715:1",
          "channelId": "msteams",
          {{(serviceUrl is null ? string.Empty : $"\"serviceUrl\": \"{serviceUrl}\",")}}
          "from": { "id": "29:user-1", "name": "Alex" },
          "recipient": { "id": "28:bot-1", "name": "BackCareBot" },
          "conversation": { "id": "{{conversationId}}", "conversationType": "personal", "tenantId": "t-1" },
          {{extra}}
          "text": "{{text}}"
        }
        """;
}
