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
        await using var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(builder => builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = "",
                ["MicrosoftAppPassword"] = "",
                ["Storage:SqlitePath"] = Path.Combine(Path.GetTempPath(), "backcarebot-tests", $"state-{Guid.NewGuid():N}.db"),
            })));
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
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
}
