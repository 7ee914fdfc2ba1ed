using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// With authentication off anyone can post an activity, so the bot refuses to send replies to a service URL that is
/// not on this machine (or configured), before the turn runs. The logs show it: the bot did not reply and the
/// connector's resilience pipeline, which every outbound call goes through, made no attempt.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ServiceUrlGuardTests(MessagingHost host)
{
    [Fact]
    public async Task NonLoopbackServiceUrl_IsRefusedAndNothingIsSent()
    {
        var unknownHost = $"guard-{Guid.NewGuid():N}.example.invalid";
        var logsBefore = host.Logs.GetSnapshot().Count;

        using var response = await host.Client.PostActivityAsync(
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), $"https://{unknownHost}/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ServiceUrlNotAllowed", (string?)error?["error"]?["code"]);
        var logged = host.Logs.GetSnapshot().Skip(logsBefore).ToList();
        Assert.DoesNotContain(logged, record => record.Id.Name == "Replied");
        Assert.DoesNotContain(logged, record => record.Category == "Polly");
        Assert.DoesNotContain(logged, record => record.Exception?.ToString().Contains(unknownHost, StringComparison.OrdinalIgnoreCase) == true);
    }
}
