namespace BackCareBot.DirectLine.Tokens;

/// <summary>A signed token and what it grants: one conversation, as one user, until it expires.</summary>
internal sealed record DirectLineToken(string Value, string ConversationId, string UserId, DateTimeOffset ExpiresAt)
{
    /// <summary>Whole seconds left, as Direct Line's <c>expires_in</c>.</summary>
    public int SecondsLeft(DateTimeOffset now) => (int)Math.Max(0, Math.Floor((ExpiresAt - now).TotalSeconds));
}
