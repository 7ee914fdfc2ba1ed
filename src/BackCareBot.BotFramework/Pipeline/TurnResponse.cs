using System.Net;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// What a turn answers over HTTP, before it becomes JSON: the replies of an <c>expectReplies</c> request stay
/// activities, so the endpoint serializes them once, straight into the response body.
/// </summary>
internal sealed class TurnResponse
{
    private readonly InvokeResponse? _invokeResponse;

    private TurnResponse(int status, ExpectedReplies? replies, InvokeResponse? invokeResponse)
    {
        Status = status;
        Replies = replies;
        _invokeResponse = invokeResponse;
    }

    public int Status { get; }

    /// <summary>The body of an <c>expectReplies</c> request; <see cref="Body"/> is null then.</summary>
    public ExpectedReplies? Replies { get; }

    /// <summary>The body of an <c>invoke</c> response, if it has one.</summary>
    public JsonElement? Body => _invokeResponse?.Body;

    public static TurnResponse WithReplies(IList<Activity> replies) =>
        new((int)HttpStatusCode.OK, new ExpectedReplies { Activities = replies }, null);

    public static TurnResponse From(InvokeResponse response) => new(response.Status, null, response);

    public static TurnResponse Empty(HttpStatusCode status) => new((int)status, null, null);

    public InvokeResponse ToInvokeResponse() => Replies is null
        ? _invokeResponse ?? new InvokeResponse(Status)
        : new InvokeResponse(Status, JsonSerializer.SerializeToElement(Replies, BotJson.TypeInfo<ExpectedReplies>()));
}
