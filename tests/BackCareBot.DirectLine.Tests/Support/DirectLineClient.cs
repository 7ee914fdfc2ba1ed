using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>The calls DirectLineJS makes, by the same paths, with just enough checking to keep tests short.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string Prefix = "/v3/directline";

    public async Task<TokenDto> GetTokenAsync()
    {
        using var response = await http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<TokenDto>(response))!;
    }

    public async Task<StartedConversation> StartNewAsync()
    {
        var grant = await GetTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, $"{Prefix}/conversations", grant.Token, Json("""{"user":{},"locale":"en-US"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = (await ReadAsync<ConversationDto>(response))!;
        return new StartedConversation(conversation.ConversationId, grant.Token, grant.UserId, conversation.StreamUrl!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostActivityAsync(string conversationId, string token, Activity activity) =>
        SendAsync(HttpMethod.Post, $"{Prefix}/conversations/{conversationId}/activities", token,
            Json(JsonSerializer.Serialize(activity, BotJson.Options)));

    /// <summary>Posts a Web Chat style message and returns the id the service gave it.</summary>
    public async Task<string> SendMessageAsync(StartedConversation conversation, string text, string? clientActivityId = null)
    {
        using var response = await PostActivityAsync(conversation.ConversationId, conversation.Token, Message(text, clientActivityId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ResourceResponse>(response))!.Id!;
    }

    public async Task<ActivitySetDto> GetActivitiesAsync(StartedConversation conversation, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ActivitySetDto>(response))!;
    }

    public async Task<ConversationDto> ReconnectAsync(StartedConversation conversation, string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Prefix}/conversations/{conversation.ConversationId}?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ConversationDto>(response))!;
    }

    public static Activity Message(string text, string? clientActivityId = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("someone-else", "Pat") { Role = RoleTypes.User },
        Locale = "en-US",
        ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") }),
    };

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<T?> ReadAsync<T>(HttpResponseMessage response) => response.Content.ReadFromJsonAsync<T>(BotJson.Options);

    public static async Task<string?> ErrorCodeAsync(HttpResponseMessage response) => (await ReadAsync<ErrorResponse>(response))?.Error?.Code;
}
