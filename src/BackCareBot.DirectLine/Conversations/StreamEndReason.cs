namespace BackCareBot.DirectLine.Conversations;

internal enum StreamEndReason
{
    /// <summary>The client closed the socket or the connection dropped.</summary>
    ClientGone,

    /// <summary>Another socket opened for the same conversation; the newest one wins.</summary>
    Collision,

    /// <summary>The conversation expired or was evicted.</summary>
    ConversationEnded,

    ServerStopping,
}
