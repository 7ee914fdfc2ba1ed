namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// A call to the channel's Bot Connector service failed. The message holds the operation, HTTP status and the
/// channel's error code only, never activity content.
/// </summary>
public sealed class BotConnectorException : Exception
{
    public BotConnectorException()
    {
    }

    public BotConnectorException(string message)
        : base(message)
    {
    }

    public BotConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BotConnectorException(string message, int? statusCode, string? errorCode, bool channelUnreachable, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        ChannelUnreachable = channelUnreachable;
    }

    /// <summary>The HTTP status the channel answered with; null when no answer came.</summary>
    public int? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the channel's ErrorResponse, when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>True when retries were exhausted on a transient failure (network, timeout, 429, 5xx gateway errors).</summary>
    public bool ChannelUnreachable { get; }
}
