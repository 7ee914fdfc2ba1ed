using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Inbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Authentication;

/// <summary>
/// The authenticator as the app registers it, configured for <see cref="TestToken.AppId"/> against a
/// <see cref="TestIdentityProvider"/>, on a fake clock.
/// </summary>
internal sealed class AuthenticatorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private AuthenticatorHarness(ServiceProvider services, FakeTimeProvider time)
    {
        _services = services;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IChannelAuthenticator Authenticator => _services.GetRequiredService<IChannelAuthenticator>();

    public static AuthenticatorHarness Create(
        TestIdentityProvider identityProvider,
        IReadOnlyDictionary<string, string?>? settings = null,
        SigningKeyCacheSettings? cacheSettings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["MicrosoftAppPassword"] = "not-used-inbound",
            ["BotOpenIdMetadata"] = identityProvider.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = identityProvider.EmulatorMetadataUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(TestToken.Start);
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(time);
        if (cacheSettings is not null)
        {
            services.AddSingleton(cacheSettings);
        }

        services.AddBotFrameworkAuthentication(configuration);
        return new AuthenticatorHarness(services.BuildServiceProvider(validateScopes: true), time);
    }

    public Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId = "msteams",
        string? serviceUrl = TestToken.ServiceUrl) =>
        Authenticator.AuthenticateAsync(authorizationHeader, channelId, serviceUrl, CancellationToken.None);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
