using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackCareBot.Tests.Storage;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Telemetry;

/// <summary>
/// The telemetry the bot would send to Application Insights, caught by a fake ingestion endpoint on loopback: the bot
/// as it ships (its own process, settings as App Service passes them), turns on the messaging endpoint and over Direct
/// Line. It must hold requests, the
/// conversation meter and logs, and never the message text, a Direct Line conversation id or a token.
/// </summary>
public sealed class AzureMonitorTelemetryTests
{
    private const string Phrase = "tangerine quasar";

    [Fact]
    public async Task TracesMetricsAndLogs_AreSentWithoutMessageTextIdsOrTokens()
    {
        await using var insights = await FakeApplicationInsights.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["APPLICATIONINSIGHTS_CONNECTION_STRING"] = insights.ConnectionString,
            ["AzureMonitor:EnableLiveMetrics"] = "false",
            ["AzureMonitor:DisableOfflineStorage"] = "true",
            // The distro samples 5 traces a second by default, which would drop some of the test's five quick requests.
            ["AzureMonitor:TracesPerSecond"] = "1000",
            ["Storage:SqlitePath"] = TestStateFiles.NewPath(),
        });

        await bot.Client.ExpectRepliesAsync(Inbound.Message($"I have a sharp pain in my lower back, {Phrase}", Inbound.NewConversationId(), "http://localhost/", channelId: "webchat"));
        var (conversationId, token) = await ChatOverDirectLineAsync(bot.Client, $"how long do I hold the hamstring stretch, {Phrase}?");

        // A graceful stop, as App Service stops an instance, flushes what the exporter still holds (metrics included).
        Assert.Equal(0, await bot.StopAsync(TimeSpan.FromSeconds(30)));
        var items = insights.Items;
        Assert.Contains(items, item => Kind(item) == "Request" && item.Contains("/api/messages", StringComparison.Ordinal));
        Assert.Contains(items, item => Kind(item) == "Request" && item.Contains("/v3/directline/conversations/{conversationId}/activities", StringComparison.Ordinal));
        Assert.Contains(items, item => Kind(item) == "Metric" && item.Contains("backcare.turns", StringComparison.Ordinal));
        Assert.Contains(items, item => Kind(item) == "Message");
        Assert.DoesNotContain(items, item => item.Contains(Phrase, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(items, item => item.Contains(conversationId, StringComparison.Ordinal));
        Assert.DoesNotContain(items, item => item.Contains(token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAConnectionString_NothingIsSent()
    {
        await using var insights = await FakeApplicationInsights.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            // What would send telemetry to the fake, but for the connection string.
            ["AzureMonitor:EnableLiveMetrics"] = "false",
            ["Storage:SqlitePath"] = TestStateFiles.NewPath(),
        });

        await bot.Client.ExpectRepliesAsync(Inbound.Message("what stretch helps?", Inbound.NewConversationId(), "http://localhost/", channelId: "webchat"));
        await bot.StopAsync(TimeSpan.FromSeconds(30));

        Assert.Empty(insights.Items);
    }

    private static string? Kind(string item) => (string?)JsonNode.Parse(item)?["data"]?["baseType"] switch
    {
        "RequestData" => "Request",
        "MetricData" => "Metric",
        "MessageData" => "Message",
        var other => other,
    };

    /// <summary>A web chat turn as the page makes it: token, start, send, read from a watermark.</summary>
    private static async Task<(string ConversationId, string Token)> ChatOverDirectLineAsync(HttpClient client, string text)
    {
        using var tokenResponse = await client.PostAsync("/api/directline/token", content: null);
        var grant = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        var token = (string)grant["token"]!;
        var conversationId = (string)grant["conversationId"]!;

        using var start = await SendAsync(client, HttpMethod.Post, "/v3/directline/conversations", token, "{}");
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var message = new JsonObject { ["type"] = "message", ["from"] = new JsonObject { ["id"] = "me" }, ["text"] = text };
        using var sent = await SendAsync(client, HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, message.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        using var read = await SendAsync(client, HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=1", token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return (conversationId, token);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }
}
