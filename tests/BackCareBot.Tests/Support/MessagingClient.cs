using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace BackCareBot.Tests.Support;

/// <summary>Posting activities to <c>/api/messages</c> the way a channel does.</summary>
public static class MessagingClient
{
    public const string Endpoint = "/api/messages";

    public static async Task<HttpResponseMessage> PostActivityAsync(this HttpClient client, JsonNode activity, string? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activity);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts with <c>deliveryMode: expectReplies</c> and returns the replies from the response body.</summary>
    public static async Task<IReadOnlyList<JsonNode>> ExpectRepliesAsync(this HttpClient client, JsonObject activity, string? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity["deliveryMode"] = "expectReplies";
        using var response = await client.PostActivityAsync(activity, authorization);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return [.. body["activities"]!.AsArray().Select(reply => reply!)];
    }
}
