namespace BackCareBot.Tests.Support.Authentication;

/// <summary>
/// A BackCareBot host with authentication on, for <see cref="ChannelToken.AppId"/>, trusting the keys of a local
/// <see cref="TestIdentityProvider"/> through the <c>BotOpenIdMetadata</c> setting.
/// </summary>
public sealed class AuthenticatedHost : IAsyncLifetime
{
    private TestIdentityProvider _identityProvider = null!;
    private BackCareHostFactory _factory = null!;

    /// <summary>Endorsed for Teams and Web Chat.</summary>
    public SigningKey Channel { get; } = SigningKey.Create("channel-key", "msteams", "webchat");

    /// <summary>Published, but endorsed for Slack only.</summary>
    public SigningKey SlackOnly { get; } = SigningKey.Create("slack-key", "slack");

    /// <summary>Published without any endorsements.</summary>
    public SigningKey Unendorsed { get; } = SigningKey.Create("bare-key", endorsements: null);

    /// <summary>Never published.</summary>
    public SigningKey Attacker { get; } = SigningKey.Create("attacker-key", "msteams");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _identityProvider = await TestIdentityProvider.StartAsync(Channel, SlackOnly, Unendorsed);
        _factory = new BackCareHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = ChannelToken.AppId,
            ["MicrosoftAppPassword"] = "not-used-by-these-tests",
            ["BotOpenIdMetadata"] = _identityProvider.MetadataUrl,
        });
        _factory.StartServer();
        Client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _identityProvider.DisposeAsync();
    }
}
