namespace BackCareBot.LoadBenchmark;

internal enum TurnOutcome
{
    Answered,

    /// <summary>The server answered with a status other than 200.</summary>
    BadStatus,

    /// <summary>A 200 without the reply: none in the body (expectReplies) or none at the connector (normal delivery).</summary>
    NoReply,

    /// <summary>The connection failed or was closed.</summary>
    TransportError,

    /// <summary>No answer within the request timeout.</summary>
    TimedOut,
}
