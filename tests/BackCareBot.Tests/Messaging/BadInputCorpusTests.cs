using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackCareBot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// Whatever arrives at the live endpoint (a real socket), the answer is 200 or a 4xx naming the caller's mistake,
/// never a 5xx; no turn fails behind the error boundary (nothing is logged as an error); and the bot goes on
/// answering normally afterwards.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class BadInputCorpusTests(MessagingHost host)
{
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";

    [Fact]
    public async Task Corpus_NeverGets5xxAndTheBotStillAnswersAfterwards()
    {
        await using var connector = await FakeConnector.StartAsync();
        var answers = new List<string>();
        var logsBefore = host.Logs.GetSnapshot().Count;

        foreach (var (name, request) in Corpus(connector.ServiceUrl))
        {
            using (request)
            using (var response = await host.Client.SendAsync(request))
            {
                answers.Add($"{(int)response.StatusCode} {name}");
            }
        }

        Assert.All(answers, answer => Assert.Matches("^(200|4\\d\\d) ", answer));
        Assert.DoesNotContain(host.Logs.GetSnapshot().Skip(logsBefore), record => record.Level >= LogLevel.Error);
        var replies = await host.Client.ExpectRepliesAsync(Inbound.Message(HamstringQuestion, Inbound.NewConversationId(), connector.ServiceUrl));
        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(Assert.Single(replies)));
    }

    private static IEnumerable<(string Name, HttpRequestMessage Request)> Corpus(string serviceUrl)
    {
        JsonObject Valid(string? text = HamstringQuestion, string channelId = "msteams") =>
            Inbound.Message(text, Inbound.NewConversationId(), serviceUrl, channelId);

        JsonObject With(string field, JsonNode? value)
        {
            var activity = Valid();
            activity[field] = value;
            return activity;
        }

        JsonObject Without(string field)
        {
            var activity = Valid();
            activity.Remove(field);
            return activity;
        }

        yield return ("malformed JSON", Post("""{"type": "message", "text": "unterminated"""));
        yield return ("JSON followed by garbage", Post(Valid().ToJsonString() + "}}"));
        yield return ("JSON array", Post("""[{"type":"message"}]"""));
        yield return ("JSON string", Post("\"message\""));
        yield return ("JSON number", Post("42"));
        yield return ("JSON null", Post("null"));
        yield return ("text is a number", Post(With("text", 5)));
        yield return ("from is a string", Post(With("from", "x")));
        yield return ("entities is an object", Post(With("entities", new JsonObject())));
        yield return ("conversation is a string", Post(With("conversation", "a:1")));
        yield return ("type is a number", Post(With("type", 7)));
        yield return ("timestamp is not a date", Post(With("timestamp", "yesterday")));
        yield return ("localTimestamp out of range", Post(With("localTimestamp", "2025-13-45T99:99:99+25:00")));
        yield return ("attachments is a string", Post(With("attachments", "x")));
        yield return ("entity with the wrong shape", Post(With("entities", new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = "x", ["text"] = 5 }))));
        yield return ("channelData.tenant is a string", Post(With("channelData", new JsonObject { ["tenant"] = "x" })));
        yield return ("missing type", Post(Without("type")));
        yield return ("empty type", Post(With("type", "")));
        yield return ("missing conversation", Post(Without("conversation")));
        yield return ("conversation without id", Post(With("conversation", new JsonObject { ["name"] = "x" })));
        yield return ("missing serviceUrl", Post(Without("serviceUrl")));
        yield return ("serviceUrl not http", Post(With("serviceUrl", "javascript:alert(1)")));
        yield return ("serviceUrl relative", Post(With("serviceUrl", "/v3/conversations")));
        yield return ("unknown activity type", Post(With("type", "somethingNew")));
        yield return ("unknown delivery mode", Post(With("deliveryMode", "carrierPigeon")));
        yield return ("members without ids", Post(MembersWithoutIds(serviceUrl)));
        yield return ("installationUpdate with an unknown action", Post(Inbound.InstallationUpdate("reinstall-sideways", Inbound.NewConversationId(), serviceUrl)));
        yield return ("1 MB body", Post(With("text", new string('a', 1024 * 1024)).ToJsonString()));
        yield return ("10 MB body", Post(With("text", new string('a', 10 * 1024 * 1024)).ToJsonString()));
        yield return ("10,000 levels of nesting in channelData", Post(Nested(Valid(), 10_000)));
        yield return ("10,000 levels of nesting as the body", Post(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("invalid UTF-8 in text", Post(InvalidUtf8(Valid())));
        yield return ("UTF-16 body", Post(Encoding.Unicode.GetBytes(Valid().ToJsonString())));
        yield return ("lone surrogate escape in text", Post(Valid().ToJsonString().Replace(HamstringQuestion, "\\ud800 back", StringComparison.Ordinal)));
        yield return ("NUL and control characters in text", Post(Valid("\0\u0001\u0007\u001b[2J\u007f back\u0000stiff")));
        yield return ("bidi overrides and zero-width characters", Post(Valid("\u202Ekcab\u200B\u200D\uFEFF stiff")));
        yield return ("100,000-character text", Post(Valid(string.Concat(Enumerable.Repeat("my back is stiff ", 100_000 / 17 + 1))[..100_000])));
        yield return ("emoji-only text", Post(Valid("🙂🔥🧘‍♀️🪑")));
        yield return ("HTML and script text", Post(Valid("<script>alert('x')</script><img src=x onerror=alert(1)><b>stiff</b> back")));
        yield return ("null text", Post(Valid(text: null)));
        yield return ("empty text", Post(Valid("")));
        yield return ("byte order mark before the JSON", Post([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Valid().ToJsonString())]));
        yield return ("Web Chat message", Post(Valid(channelId: "webchat")));
        yield return ("text/plain", Post(Valid().ToJsonString(), "text/plain"));
        yield return ("form encoded", Post("type=message&text=hi", "application/x-www-form-urlencoded"));
        yield return ("JSON declared as UTF-16", Post(Valid().ToJsonString(), "application/json; charset=utf-16"));
        yield return ("no content type", PostWithoutContentType(Valid().ToJsonString()));
        yield return ("empty body", Post(""));
        yield return ("whitespace body", Post("   \r\n\t "));
        yield return ("GET", new HttpRequestMessage(HttpMethod.Get, MessagingClient.Endpoint));
        yield return ("PUT", new HttpRequestMessage(HttpMethod.Put, MessagingClient.Endpoint) { Content = Json(Valid().ToJsonString()) });
        yield return ("DELETE", new HttpRequestMessage(HttpMethod.Delete, MessagingClient.Endpoint));
        yield return ("HEAD", new HttpRequestMessage(HttpMethod.Head, MessagingClient.Endpoint));
        yield return ("chunked body without length", Chunked(Encoding.UTF8.GetBytes(Valid().ToJsonString())));
        yield return ("chunked 1 MB body without length", Chunked(Encoding.UTF8.GetBytes(With("text", new string('a', 1024 * 1024)).ToJsonString())));
        yield return ("bearer token while authentication is off", Authorized(Post(Valid())));
    }

    private static HttpRequestMessage Post(JsonNode activity) => Post(activity.ToJsonString());

    private static HttpRequestMessage Post(string body, string contentType = "application/json") =>
        new(HttpMethod.Post, MessagingClient.Endpoint) { Content = Json(body, contentType) };

    private static HttpRequestMessage Post(byte[] body) => new(HttpMethod.Post, MessagingClient.Endpoint)
    {
        Content = new ByteArrayContent(body) { Headers = { ContentType = MediaTypeHeaderValue.Parse("application/json") } },
    };

    private static HttpRequestMessage PostWithoutContentType(string body) =>
        new(HttpMethod.Post, MessagingClient.Endpoint) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };

    private static StringContent Json(string body, string contentType = "application/json") =>
        new(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));

    /// <summary>A stream of unknown length: HttpClient sends it with <c>Transfer-Encoding: chunked</c>.</summary>
    private static HttpRequestMessage Chunked(byte[] body)
    {
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        return new HttpRequestMessage(HttpMethod.Post, MessagingClient.Endpoint) { Content = content };
    }

    private static HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");
        return request;
    }

    private static JsonObject MembersWithoutIds(string serviceUrl)
    {
        var update = Inbound.ConversationUpdate(Inbound.NewConversationId(), serviceUrl, "msteams");
        update["membersAdded"] = new JsonArray(new JsonObject(), new JsonObject { ["id"] = "" }, new JsonObject { ["id"] = null });
        return update;
    }

    private static string Nested(JsonObject activity, int depth)
    {
        activity["channelData"] = "NESTED";
        return activity.ToJsonString().Replace("\"NESTED\"", new string('[', depth) + new string(']', depth), StringComparison.Ordinal);
    }

    private static byte[] InvalidUtf8(JsonObject activity)
    {
        activity["text"] = "INVALID";
        var json = Encoding.UTF8.GetBytes(activity.ToJsonString());
        var at = json.AsSpan().IndexOf("INVALID"u8);
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80];
        return [.. json[..at], .. invalid, .. json[(at + "INVALID".Length)..]];
    }
}
