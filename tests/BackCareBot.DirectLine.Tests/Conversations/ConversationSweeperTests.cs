using System.Net.WebSockets;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Conversations;

public sealed class ConversationSweeperTests
{
    [Fact]
    public async Task AnAbandonedConversation_IsDeletedOnTheSweepersScheduleAndItsStreamClosed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = new DirectLineHostSettings { Time = time };
        settings.Configuration["DirectLine:ConversationGracePeriod"] = "00:05:00";
        await using var host = await DirectLineHost.StartAsync(settings);
        var conversation = await host.Client.StartNewAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveSetAsync();
        var store = host.Services.GetRequiredService<ConversationStore>();

        // One minute at a time, so each of the sweeper's ticks comes due.
        for (var minute = 0; minute < 36 && store.Count > 0; minute++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(20);
        }

        string? message;
        do
        {
            message = await stream.ReceiveAsync(StreamClient.Patience);
        }
        while (message == string.Empty);

        Assert.Equal(0, store.Count);
        Assert.Null(message);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, stream.CloseStatus);
        Assert.Equal("conversation ended", stream.CloseStatusDescription);
    }
}
