namespace BackCareBot.Testing;

/// <summary>What the fake connector answers to one request; <paramref name="RetryAfter"/> is the header's raw value.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null);
