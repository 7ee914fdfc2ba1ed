using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>
/// A client end of the stream, as a browser's WebSocket: text messages, each an ActivitySet or an empty keep-alive.
/// A receive that times out stays pending for the next call, since cancelling it would abort the socket.
/// </summary>
internal sealed class StreamClient : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;
    private Task<string?>? _pending;

    private StreamClient(ClientWebSocket socket) => _socket = socket;

    public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public static async Task<StreamClient> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
        return new StreamClient(socket);
    }

    /// <summary>The next text message ("" for a keep-alive), or null once the server has closed the socket.</summary>
    public async Task<string?> ReceiveAsync(TimeSpan timeout)
    {
        _pending ??= ReceiveMessageAsync();
        var message = await _pending.WaitAsync(timeout);
        _pending = null;
        return message;
    }

    /// <summary>The next ActivitySet, skipping keep-alives.</summary>
    public async Task<ActivitySetDto> ReceiveSetAsync()
    {
        while (true)
        {
            var message = await ReceiveAsync(Patience) ?? throw new InvalidOperationException("The stream closed.");
            if (message.Length > 0)
            {
                return JsonSerializer.Deserialize<ActivitySetDto>(message, BotJson.Options)!;
            }
        }
    }

    /// <summary>Activities from as many sets as it takes until <paramref name="done"/> holds.</summary>
    public async Task<List<Activity>> ReceiveUntilAsync(Func<IReadOnlyList<Activity>, bool> done)
    {
        var received = new List<Activity>();
        while (!done(received))
        {
            received.AddRange((await ReceiveSetAsync()).Activities);
        }

        return received;
    }

    /// <summary>True when nothing but keep-alives arrives for <paramref name="quiet"/>.</summary>
    public async Task<bool> StaysQuietAsync(TimeSpan quiet)
    {
        try
        {
            var message = await ReceiveAsync(quiet);
            return message == string.Empty;
        }
        catch (TimeoutException)
        {
            return true;
        }
    }

    public Task SendAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // Already gone; disposing is all that is left.
            }
        }

        _socket.Dispose();
    }

    private async Task<string?> ReceiveMessageAsync()
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }

                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
