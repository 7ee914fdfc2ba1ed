namespace BackCareBot.LoadBenchmark;

internal enum ReplyDelivery
{
    /// <summary><c>deliveryMode: "expectReplies"</c>: the replies come back in the HTTP response.</summary>
    ExpectReplies,

    /// <summary>Normal delivery: the server posts each reply to the <c>serviceUrl</c> (a fake Bot Connector here).</summary>
    Connector,
}
