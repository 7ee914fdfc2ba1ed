using System.Diagnostics;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// Time to first reply: from starting the server's process to the first turn answered (an <c>expectReplies</c>
/// message, retried every few milliseconds while the port is closed or the server not ready). This is what the
/// first person to write after a restart or a scale-out waits, start-up work included.
/// </summary>
internal static class FirstReplyProbe
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(10);

    public static async Task<TimeSpan> WaitAsync(ServerProcess server, FakeConnector connector, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
        var sender = new TurnSender(client, server.Url, connector, TimeProvider.System);
        var conversation = new LoadConversation("loadbench-first-reply", Questions.All);
        while (Stopwatch.GetElapsedTime(server.StartedAt) < timeout)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException(
                    $"The server exited with code {server.ExitCode} before it answered:{Environment.NewLine}{server.LastOutput()}");
            }

            if (await sender.SendAsync(conversation.Next(), ReplyDelivery.ExpectReplies, cancellationToken) == TurnOutcome.Answered)
            {
                return Stopwatch.GetElapsedTime(server.StartedAt);
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }

        throw new TimeoutException($"The server did not answer within {timeout.TotalSeconds:F0} s:{Environment.NewLine}{server.LastOutput()}");
    }
}
