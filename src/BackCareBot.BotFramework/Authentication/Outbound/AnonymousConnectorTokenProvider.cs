namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>Authentication off: calls to the channel go without a token (Emulator, local Direct Line).</summary>
internal sealed class AnonymousConnectorTokenProvider : IConnectorTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
