using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.Tests.Support.Authentication;

/// <summary>
/// A BackCareBot host with authentication on, for <see cref="ChannelToken.AppId"/>, trusting the keys of a local
/// <see cref="TestIdentityProvider"/> through the <c>BotOpenIdMetadata</c> setting. Its outbound tokens come from a
/// <see cref="FakeIdentityPlatform"/>.
/// </summary>
public sealed class AuthenticatedHost : IAsyncLifetime, IAsyncDisposable
{
    private TestIdentityProvider _identityProvider = null!;
    private BackCareHostFactory _factory = null!;

    /// <summary>Endorsed for Teams and Web Chat.</summary>
    public TestSigningKey Channel { get; } = TestSigningKey.Create("channel-key", 0, "msteams", "webchat");

    /// <summary>Published, but endorsed for Slack only.</summary>
    public TestSigningKey SlackOnly { get; } = TestSigningKey.Create("slack-key", 1, "slack");

    /// <summary>Published without any endorsements.</summary>
    public TestSigningKey Unendorsed { get; } = TestSigningKey.Create("bare-key", 2, endorsements: null);

    /// <summary>Never published.</summary>
    public TestSigningKey Attacker { get; } = TestSigningKey.Create("attacker-key", 3, "msteams");

    public HttpClient Client { get; private set; } = null!;

    public ConcurrentQueue<Uri> IdentityPlatformRequests { get; } = new();

    public async Task InitializeAsync()
    {
        _identityProvider = await TestIdentityProvider.StartAsync(Channel, SlackOnly, Unendorsed);
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = ChannelToken.AppId,
            ["MicrosoftAppPassword"] = "app-secret",
            ["BotOpenIdMetadata"] = _identityProvider.MetadataUrl,
            ["Storage:SqlitePath"] = TestStateFiles.NewPath(),
        };
        _factory = new BackCareHostFactory(settings, services => services
            .AddHttpClient(FakeIdentityPlatform.MsalHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new FakeIdentityPlatform(IdentityPlatformRequests)));
        _factory.StartServer();
        Client = _factory.CreateClient();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await _identityProvider.DisposeAsync();
    }
}
