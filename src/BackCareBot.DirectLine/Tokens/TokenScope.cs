namespace BackCareBot.DirectLine.Tokens;

/// <summary>What a token may be used for; a token of one scope is refused everywhere else.</summary>
internal enum TokenScope
{
    /// <summary>The REST API for one conversation, as one user.</summary>
    Conversation,

    /// <summary>Opening the WebSocket of one conversation; short-lived because it travels in a URL.</summary>
    Stream,
}
