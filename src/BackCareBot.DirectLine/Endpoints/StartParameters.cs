namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// The body DirectLineJS sends to start a conversation. <c>user</c> is ignored: the token decides who the user is.
/// </summary>
internal sealed record StartParameters(string? Locale);
