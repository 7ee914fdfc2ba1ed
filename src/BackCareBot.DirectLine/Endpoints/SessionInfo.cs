namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// DirectLineJS asks for a session id before an OAuth sign-in; the bot offers no sign-in, so the id is empty, which the
/// client treats as "no session".
/// </summary>
internal sealed record SessionInfo(string SessionId);
