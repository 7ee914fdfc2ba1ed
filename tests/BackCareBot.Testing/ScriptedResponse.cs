namespace BackCareBot.Testing;

/// <summary>
/// What the fake connector answers to one request; <paramref name="RetryAfter"/> and <paramref name="Location"/> are the
/// headers' raw values.
/// </summary>
public sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null, string? Location = null);
