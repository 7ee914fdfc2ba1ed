namespace BackCareBot.BotFramework.Tests.Fakes;

public sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null);
