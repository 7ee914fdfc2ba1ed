using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Messaging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Storage;
using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Tests;

public sealed class BotFrameworkServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddBotFramework_NoConfiguration_StartsWithAuthenticationOffAndDefaults()
    {
        using var host = BuildHost([]);

        await host.StartAsync();

        var services = host.Services;
        Assert.IsType<MemoryStorage>(services.GetRequiredService<IStorage>());
        Assert.IsType<ApologyOnlyRecovery>(services.GetRequiredService<ITurnErrorRecovery>());
        Assert.NotNull(services.GetRequiredService<BotFrameworkHttpAdapter>());
        Assert.NotNull(services.GetRequiredService<IChannelAuthenticator>());
        Assert.Null(await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.Equal(256 * 1024, services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.MaxRequestBodyBytes);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotFramework_SdkTemplateSettingsLeftEmpty_MeansAuthenticationOff()
    {
        using var host = BuildHost(new()
        {
            ["MicrosoftAppType"] = "",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["MicrosoftAppTenantId"] = "",
        });

        await host.StartAsync();

        Assert.False(host.Services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value.IsAuthenticationEnabled);
        await host.StopAsync();
    }

    [Fact]
    public void AddBotFramework_OwnSection_IsBound()
    {
        using var host = BuildHost(new()
        {
            ["BotFramework:MaxRequestBodyBytes"] = "65536",
            ["BotFramework:AllowedServiceUrls:0"] = "https://directline.example.com/v3/directline",
            ["BotFramework:Connector:MaxRetryAttempts"] = "1",
        });

        var options = host.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        Assert.Equal(65536, options.MaxRequestBodyBytes);
        Assert.Equal(["https://directline.example.com/v3/directline"], options.AllowedServiceUrls);
        Assert.Equal(1, host.Services.GetRequiredService<IOptions<BotConnectorOptions>>().Value.MaxRetryAttempts);
    }

    public static TheoryData<string, string, string> InvalidSettings => new()
    {
        { "BotFramework:MaxRequestBodyBytes", "10", "MaxRequestBodyBytes" },
        { "BotFramework:MaxRequestBodyBytes", "999999999", "MaxRequestBodyBytes" },
        { "BotFramework:AllowedServiceUrls:0", "directline.example.com", "AllowedServiceUrls" },
        { "BotFramework:AllowedServiceUrls:0", "ftp://files.example.com/", "AllowedServiceUrls" },
        { "BotFramework:Connector:MaxRetryAttempts", "-1", "MaxRetryAttempts" },
        { "BotFramework:Connector:TotalTimeout", "00:00:30", "TotalTimeout" },
        { "BotFramework:Connector:AttemptTimeout", "00:00:00.001", "AttemptTimeout" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public async Task AddBotFramework_InvalidSetting_FailsAtStartupNamingIt(string key, string value, string named)
    {
        using var host = BuildHost(new() { [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, string.Join(" ", failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void AddBotFramework_ApplicationRegistrationsMadeFirst_AreKept()
    {
        var services = new ServiceCollection();
        var storage = new MemoryStorage();
        var recovery = new RecordingRecovery();
        services.AddSingleton<IStorage>(storage);
        services.AddSingleton<ITurnErrorRecovery>(recovery);

        services.AddLogging().AddBotFramework(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.Same(storage, provider.GetRequiredService<IStorage>());
        Assert.Same(recovery, provider.GetRequiredService<ITurnErrorRecovery>());
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework();
        return builder.Build();
    }
}
