using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using Activity = BackCareBot.BotFramework.Schema.Activity;

namespace BackCareBot.LoadChecks;

/// <summary>
/// One person in Web Chat: token, start, WebSocket, then messages one after another, each waiting for its reply on the
/// socket. At the end the socket's record is checked and compared with what polling returns.
/// </summary>
internal sealed class WebChatSession(HttpClient http, int index, LoadCheckSettings settings)
{
    private static readonly string[] Questions =
    [
        "My lower back is stiff after sitting all day",
        "What stretches help a stiff back?",
        "How should I set up my chair?",
        "I have had a dull ache in my back for two weeks",
        "Is walking good for back stiffness?",
        "How often should I stand up at work?",
    ];

    private readonly SessionResult _result = new(index);

    public async Task<SessionResult> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ConverseAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is HttpRequestException or WebSocketException or TimeoutException or OperationCanceledException or JsonException)
        {
            _result.Fail($"{exception.GetType().Name}: {exception.Message}");
        }

        return _result;
    }

    private async Task ConverseAsync(CancellationToken cancellationToken)
    {
        var grant = await PostJsonAsync("/api/directline/token", token: null, body: null, cancellationToken);
        var token = grant.GetProperty("token").GetString()!;
        var userId = grant.GetProperty("userId").GetString()!;
        var started = await PostJsonAsync("/v3/directline/conversations", token, new { user = new { id = userId }, locale = "en-US" }, cancellationToken);
        var conversationId = started.GetProperty("conversationId").GetString()!;

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(started.GetProperty("streamUrl").GetString()!), cancellationToken);
        var ledger = new StreamLedger(_result);
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = ReadAsync(socket, ledger, stopReading.Token);
        await ledger.Welcomed.Task.WaitAsync(settings.ReplyTimeout, cancellationToken);

        var sent = new List<(string ClientActivityId, string Id)>();
        for (var i = 0; i < settings.MessagesPerConversation; i++)
        {
            var clientActivityId = $"load-{index}-{i}";
            var sentAt = Stopwatch.GetTimestamp();
            var message = new
            {
                type = "message",
                text = Questions[(index + i) % Questions.Length],
                from = new { id = userId, role = "user" },
                locale = "en-US",
                channelData = new { clientActivityID = clientActivityId },
            };
            var posted = await PostJsonAsync($"/v3/directline/conversations/{conversationId}/activities", token, message, cancellationToken);
            var id = posted.GetProperty("id").GetString()!;
            sent.Add((clientActivityId, id));
            var arrived = await ledger.ReplyTo(id).WaitAsync(settings.ReplyTimeout, cancellationToken);
            _result.ReplyLatenciesMs.Add(Stopwatch.GetElapsedTime(sentAt, arrived).TotalMilliseconds);
        }

        await CompareWithPollingAsync(conversationId, token, ledger, cancellationToken);
        await stopReading.CancelAsync();
        await reading;
        foreach (var (clientActivityId, id) in sent)
        {
            Expect(ledger.EchoCount(clientActivityId) == 1, $"echo of {clientActivityId} arrived {ledger.EchoCount(clientActivityId)} times");
            Expect(ledger.ReplyCount(id) == 1, $"reply to {id} arrived {ledger.ReplyCount(id)} times");
        }
    }

    private async Task CompareWithPollingAsync(string conversationId, string token, StreamLedger ledger, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/v3/directline/conversations/{conversationId}/activities?watermark=", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var polled = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("activities")
            .EnumerateArray().Select(activity => activity.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var streamed = ledger.PollableIds;
        Expect(polled.SetEquals(streamed), $"polling returned {polled.Count} activities, the stream {streamed.Count}");
    }

    private static async Task ReadAsync(ClientWebSocket socket, StreamLedger ledger, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (message.Length > 0)
                {
                    var set = JsonSerializer.Deserialize<ActivitySet>(message.ToArray(), BotJson.Options)!;
                    ledger.Record(set.Activities, set.Watermark);
                }

                message.SetLength(0);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The conversation is over.
        }
    }

    private async Task<JsonElement> PostJsonAsync(string path, string? token, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path.Split('/')[^1]} answered {(int)response.StatusCode}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
    }

    private void Expect(bool condition, string failure)
    {
        if (!condition)
        {
            _result.Fail(failure);
        }
    }

    private sealed record ActivitySet(List<Activity> Activities, string? Watermark);
}
