using System.Buffers;
using System.Net;
using System.Net.Http.Headers;

namespace BackCareBot.LoadBenchmark;

/// <summary>Sends one turn to <c>/api/messages</c> and says whether it was answered. One per connection: it reuses its buffer.</summary>
internal sealed class TurnSender(HttpClient client, Uri server, FakeConnector connector, TimeProvider timeProvider)
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    private readonly Uri _endpoint = new(server, "/api/messages");
    private readonly ArrayBufferWriter<byte> _body = new(1024);

    public async Task<TurnOutcome> SendAsync(TurnRequest turn, ReplyDelivery delivery, CancellationToken cancellationToken)
    {
        _body.ResetWrittenCount();
        TurnRequestWriter.Write(_body, turn, delivery, connector.ServiceUrl, timeProvider.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ReadOnlyMemoryContent(_body.WrittenMemory) };
        request.Content.Headers.ContentType = Json;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return TurnOutcome.BadStatus;
            }

            var answered = delivery == ReplyDelivery.ExpectReplies
                ? ExpectedRepliesCheck.Answers(body, turn.ActivityId)
                : connector.TryTakeReplyTo(turn.ActivityId);
            return answered ? TurnOutcome.Answered : TurnOutcome.NoReply;
        }
        catch (HttpRequestException)
        {
            return TurnOutcome.TransportError;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TurnOutcome.TimedOut;
        }
    }
}
