using System.Net;
using BackCareBot.DirectLine.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace BackCareBot.DirectLine.Tests;

/// <summary>The whole BackCareBot, reached as Web Chat reaches it: token, start, WebSocket, message.</summary>
public sealed class BackCareOverDirectLineTests
{
    [Fact]
    public async Task SharpPain_GetsTheDoctorTriageOverDirectLine()
    {
        await using var factory = StartBot();
        using var http = factory.CreateClient();
        var client = new DirectLineClient(http);

        var conversation = await client.StartNewAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        var welcome = await stream.ReceiveSetAsync();
        var id = await client.SendMessageAsync(conversation, "I have a sharp pain in my lower back");
        var received = await stream.ReceiveUntilAsync(activities => activities.Any(activity => activity.ReplyToId == id));

        Assert.NotEmpty(welcome.Activities);
        var reply = received.Single(activity => activity.ReplyToId == id);
        var triage = reply.Entities!.Single(entity => entity.Type == "backcare/triage");
        Assert.Equal("doctor", triage.Properties!["level"].GetString());
        Assert.Contains("sharp-pain", triage.Properties["reasons"].EnumerateArray().Select(reason => reason.GetString()));
    }

    [Fact]
    public async Task ForgetMe_DeletesTheConversationsHistory_AndTheConversationGoesOn()
    {
        await using var factory = StartBot();
        using var http = factory.CreateClient();
        var client = new DirectLineClient(http);
        var conversation = await client.StartNewAsync();
        await client.SendMessageAsync(conversation, "my lower back has hurt for Zq8 two weeks");
        Assert.Contains(
            (await client.GetActivitiesAsync(conversation)).Activities,
            activity => activity.Text?.Contains("Zq8", StringComparison.Ordinal) == true);

        var forgetId = await client.SendMessageAsync(conversation, "forget me");
        var history = await client.GetActivitiesAsync(conversation);

        Assert.DoesNotContain(history.Activities, activity => activity.Text?.Contains("Zq8", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(history.Activities, activity => activity.Id == forgetId);
        var reply = Assert.Single(history.Activities);
        Assert.Equal(forgetId, reply.ReplyToId);
        var next = await client.SendMessageAsync(conversation, "how long do I hold the hamstring stretch?");
        Assert.Contains((await client.GetActivitiesAsync(conversation, history.Watermark)).Activities, activity => activity.ReplyToId == next);
    }

    private static WebApplicationFactory<Program> StartBot()
    {
        var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "backcarebot-tests", $"state-{Guid.NewGuid():N}.db"),
            })));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }
}
