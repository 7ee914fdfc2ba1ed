using BackCareBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Tests.Authentication;

public sealed class AuthenticationStartupTests
{
    [Fact]
    public async Task InvalidSettings_StopTheHostFromStarting()
    {
        using var host = BuildHost(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = TestToken.AppId });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MicrosoftAppTenantId is required for SingleTenant.", failure.Failures);
    }

    [Fact]
    public async Task AuthenticationOff_IsAWarningAtStartup()
    {
        using var host = BuildHost([]);

        await host.StartAsync();
        await host.StopAsync();

        var warning = Assert.Single(host.Services.GetFakeLogCollector().GetSnapshot(), record => record.Level == LogLevel.Warning);
        Assert.Contains("authentication is OFF", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticationOff_AcceptsRequestsWithoutATokenAndSendsNone()
    {
        using var host = BuildHost([]);
        await host.StartAsync();

        var inbound = await host.Services.GetRequiredService<IChannelAuthenticator>().AuthenticateAsync(null, "emulator", null, CancellationToken.None);
        var outbound = await host.Services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.True(inbound.Succeeded);
        Assert.Null(outbound);
        await host.StopAsync();
    }

    [Fact]
    public async Task AuthenticationOn_FetchesTheChannelKeysAtStartup()
    {
        await using var provider = await TestIdentityProvider.StartAsync();
        provider.Channel.Publish(TestSigningKey.Create("startup-key", 0, "msteams"));
        using var host = BuildHost(new()
        {
            ["MicrosoftAppId"] = TestToken.AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["BotOpenIdMetadata"] = provider.ChannelMetadataUrl,
        });

        await host.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (provider.Channel.KeySetFetches == 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        await host.StopAsync();
        Assert.DoesNotContain(host.Services.GetFakeLogCollector().GetSnapshot(), record => record.Level >= LogLevel.Warning);
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.AddFakeLogging();
        builder.Services.AddBotFrameworkAuthentication(builder.Configuration);
        return builder.Build();
    }
}
