using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Endpoints;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.Streaming;

/// <summary>
/// One WebSocket streaming one conversation: an ActivitySet for each batch of new activities, an empty message when it
/// has been quiet for the keep-alive interval, and nothing done with what the client sends (DirectLineJS sends empty
/// pings). Only this loop sends, so sends never overlap.
/// </summary>
internal sealed class StreamSession(
    WebSocket socket,
    DirectLineConversation conversation,
    StreamLease lease,
    TimeSpan keepAliveInterval,
    TimeProvider timeProvider,
    ILogger logger,
    CancellationToken serverStopping)
{
    // Network safeguards on the real clock: a client that stops reading must not hold the loop (and with it
    // collisions and shutdown) forever.
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    public async Task RunAsync(long watermark)
    {
        DirectLineLog.StreamOpened(logger, conversation.Id);
        var receiving = ReceiveUntilClosedAsync();
        var reason = StreamEndReason.ClientGone;
        try
        {
            reason = await SendUntilEndedAsync(watermark, receiving).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection broke while sending; the client will reconnect with its watermark.
        }
        finally
        {
            conversation.DetachStream(lease);
        }

        await CloseAsync(reason, receiving).ConfigureAwait(false);
        DirectLineLog.StreamClosed(logger, conversation.Id, reason);
    }

    private async Task<StreamEndReason> SendUntilEndedAsync(long watermark, Task receiving)
    {
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(lease.Ended, serverStopping);

        // Typing indicators are only worth showing while they are current: those from before the socket opened are skipped.
        var liveAfter = conversation.LastSequence;
        watermark = Math.Min(watermark, liveAfter);
        var buffer = new ArrayBufferWriter<byte>();
        var keepAliveDue = timeProvider.GetUtcNow() + keepAliveInterval;
        while (!ended.IsCancellationRequested && !receiving.IsCompleted)
        {
            var changed = conversation.Changed;
            var batch = conversation.ReadAfter(watermark, liveAfter);
            watermark = batch.Watermark;
            if (batch.Activities.Count > 0)
            {
                await SendActivitySetAsync(buffer, batch).ConfigureAwait(false);
                keepAliveDue = timeProvider.GetUtcNow() + keepAliveInterval;
                continue;
            }

            var untilKeepAlive = keepAliveDue - timeProvider.GetUtcNow();
            if (untilKeepAlive <= TimeSpan.Zero)
            {
                await SendAsync(ReadOnlyMemory<byte>.Empty).ConfigureAwait(false);
                keepAliveDue = timeProvider.GetUtcNow() + keepAliveInterval;
                continue;
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ended.Token);
            var keepAlive = Task.Delay(untilKeepAlive, timeProvider, wait.Token);
            await Task.WhenAny(changed, keepAlive, receiving).ConfigureAwait(false);
            await wait.CancelAsync().ConfigureAwait(false);
        }

        return lease.Reason ?? (serverStopping.IsCancellationRequested ? StreamEndReason.ServerStopping : StreamEndReason.ClientGone);
    }

    private Task SendActivitySetAsync(ArrayBufferWriter<byte> buffer, ActivityBatch batch)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ActivitySetWriter.Write(writer, batch);
        }

        return SendAsync(buffer.WrittenMemory);
    }

    private async Task SendAsync(ReadOnlyMemory<byte> message)
    {
        using var timeout = new CancellationTokenSource(SendTimeout);
        await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
    }

    private async Task ReceiveUntilClosedAsync()
    {
        // Small on purpose: what clients send is read and dropped, never collected.
        var buffer = new byte[256];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection dropped; the send loop notices through this task completing.
        }
    }

    private async Task CloseAsync(StreamEndReason reason, Task receiving)
    {
        var (status, description) = reason switch
        {
            StreamEndReason.Collision => (WebSocketCloseStatus.PolicyViolation, "collision"),
            StreamEndReason.ConversationEnded => (WebSocketCloseStatus.NormalClosure, "conversation ended"),
            StreamEndReason.ServerStopping => (WebSocketCloseStatus.EndpointUnavailable, "server stopping"),
            _ => (WebSocketCloseStatus.NormalClosure, (string?)null),
        };

        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseHandshakeTimeout);
                await socket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
            }

            await receiving.WaitAsync(CloseHandshakeTimeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or TimeoutException)
        {
            // The client did not finish the closing handshake; dropping the connection is all that is left.
        }
        finally
        {
            socket.Abort();
        }
    }
}
