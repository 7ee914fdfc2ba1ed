using BackCareBot.BotFramework.Authentication;

namespace BackCareBot.BotFramework.Tests.Fakes;

public sealed class StaticTokenProvider(string? token) : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
}
