namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>One request as the fake connector saw it; <see cref="RawTarget"/> is the path exactly as sent, still percent-encoded.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ReceivedAtTicks);
