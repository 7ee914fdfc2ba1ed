using System.Net;
using System.Net.Sockets;
using System.Text;
using BackCareBot.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Testing;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// What people write is health data: it must not reach a log, neither on a normal turn nor when the turn, the
/// delivery or the request itself fails. The host logs every category at every level here.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class LogPrivacyTests(MessagingHost host)
{
    private const string Phrase = "periwinkle zeppelin";

    [Fact]
    public async Task MessageText_ReachesNoLogRecord()
    {
        await using var connector = await FakeConnector.StartAsync();
        var logsBefore = host.Logs.GetSnapshot().Count;

        await ExpectStatusAsync(HttpStatusCode.OK, Message($"my lower back is stiff after sitting, {Phrase}", connector.ServiceUrl));
        await ExpectStatusAsync(HttpStatusCode.OK, Message($"I have a sharp pain in my lower back since {Phrase} day", connector.ServiceUrl));
        connector.Enqueue(new ScriptedResponse(StatusCodes.Status400BadRequest));
        await ExpectStatusAsync(HttpStatusCode.OK, Message($"how long do I hold the hamstring stretch, {Phrase}?", connector.ServiceUrl));
        await ExpectStatusAsync(HttpStatusCode.BadGateway, Message($"is a foam roller any good, {Phrase}?", $"http://127.0.0.1:{ClosedPort()}/"));
        await ExpectStatusAsync(HttpStatusCode.BadRequest, $$"""{"type":"message","text":"{{Phrase}}","from":"{{Phrase}}"}""");
        await ExpectStatusAsync(HttpStatusCode.BadRequest, $$"""{"type":"message","text":"{{Phrase}}""");

        var logged = host.Logs.GetSnapshot().Skip(logsBefore).ToList();
        Assert.Contains(logged, record => record.Exception is not null);
        Assert.DoesNotContain(logged, Mentions);
    }

    private static bool Mentions(FakeLogRecord record) =>
        Contains(record.Message)
        || (record.StructuredState ?? []).Any(pair => Contains(pair.Value))
        || record.Scopes.Any(scope => Contains(scope?.ToString()))
        || Contains(record.Exception?.ToString());

    private static bool Contains(string? text) => text?.Contains(Phrase, StringComparison.OrdinalIgnoreCase) == true;

    private static string Message(string text, string serviceUrl) =>
        Inbound.Message(text, Inbound.NewConversationId(), serviceUrl).ToJsonString();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task ExpectStatusAsync(HttpStatusCode expected, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await host.Client.PostAsync(MessagingClient.Endpoint, content);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(Contains(await response.Content.ReadAsStringAsync()), "The response echoed the text.");
    }
}
