using BackCareBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Tests.Authentication;

public sealed class BotFrameworkAuthenticationOptionsValidatorTests
{
    private const string AppId = "0b6f8a9e-6c1d-4a57-9d8e-1f2a3b4c5d6e";
    private const string Tenant = "3c9e1b7a-2f4d-4e6a-8b1c-7d5e9f0a1b2c";

    /// <summary>Settings as "Key=Value;Key=Value", and the failure expected (null: valid).</summary>
    public static TheoryData<string, string?> Cases => new()
    {
        { "", null },
        { "MicrosoftAppId=", null },
        { $"MicrosoftAppId={AppId};MicrosoftAppPassword=secret", null },
        { $"MicrosoftAppId={AppId}", "MicrosoftAppPassword is required when MicrosoftAppId is set." },
        { "MicrosoftAppPassword=secret", "MicrosoftAppPassword is set but MicrosoftAppId is empty, which would turn authentication off." },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppPassword=secret;MicrosoftAppTenantId={Tenant}", null },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppPassword=secret", "MicrosoftAppTenantId is required for SingleTenant." },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppTenantId={Tenant}", "MicrosoftAppPassword is required for SingleTenant." },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppTenantId={Tenant}", "MicrosoftAppId is required for SingleTenant." },
        { $"MicrosoftAppType=UserAssignedMSI;MicrosoftAppId={AppId};MicrosoftAppTenantId={Tenant}", null },
        { $"MicrosoftAppType=userassignedmsi;MicrosoftAppId={AppId};MicrosoftAppTenantId={Tenant}", null },
        { $"MicrosoftAppType=UserAssignedMSI;MicrosoftAppId={AppId};MicrosoftAppTenantId={Tenant};MicrosoftAppPassword=secret", "MicrosoftAppPassword must not be set for UserAssignedMSI." },
        { $"MicrosoftAppType=UserAssignedMSI;MicrosoftAppId={AppId}", "MicrosoftAppTenantId is required for UserAssignedMSI." },
        { $"MicrosoftAppType=UserAssignedMSI;MicrosoftAppTenantId={Tenant}", "MicrosoftAppId (the managed identity's client id) is required for UserAssignedMSI." },
        { "BotOpenIdMetadata=https://login.contoso.example/v1/.well-known/openidconfiguration", null },
        { "BotOpenIdMetadata=http://127.0.0.1:5000/.well-known/openidconfiguration", null },
        { "BotOpenIdMetadata=http://localhost:5000/.well-known/openidconfiguration", null },
        { "BotOpenIdMetadata=http://login.contoso.example/.well-known/openidconfiguration", "BotOpenIdMetadata must be an absolute https URL (plain http is allowed only for loopback hosts)." },
        { "BotOpenIdMetadata=not a url", "BotOpenIdMetadata must be an absolute https URL (plain http is allowed only for loopback hosts)." },
        { "ToBotFromChannelOpenIdMetadataUrl=http://10.0.0.5/meta", "ToBotFromChannelOpenIdMetadataUrl must be an absolute https URL (plain http is allowed only for loopback hosts)." },
        { "ToBotFromEmulatorOpenIdMetadataUrl=http://login.contoso.example/meta", "ToBotFromEmulatorOpenIdMetadataUrl must be an absolute https URL (plain http is allowed only for loopback hosts)." },
        { "ToChannelFromBotLoginUrl=http://login.contoso.example/tenant", "ToChannelFromBotLoginUrl must be an absolute https URL (tokens are requested only from an https authority, loopback included)." },
        { "ToChannelFromBotLoginUrl=http://127.0.0.1:5000/tenant", "ToChannelFromBotLoginUrl must be an absolute https URL (tokens are requested only from an https authority, loopback included)." },
        { "ToChannelFromBotLoginUrl=http://localhost/tenant", "ToChannelFromBotLoginUrl must be an absolute https URL (tokens are requested only from an https authority, loopback included)." },
        { "ToChannelFromBotLoginUrl=login.microsoftonline.com/tenant", "ToChannelFromBotLoginUrl must be an absolute https URL (tokens are requested only from an https authority, loopback included)." },
        { "ToChannelFromBotLoginUrl=https://login.microsoftonline.com/contoso.onmicrosoft.com", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Settings_AreValidatedAsTheSdkRequires(string settings, string? expectedFailure)
    {
        using var services = Register(settings);

        var read = () => services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        if (expectedFailure is null)
        {
            Assert.NotNull(read());
        }
        else
        {
            var failure = Assert.Throws<OptionsValidationException>(read);
            Assert.Contains(expectedFailure, failure.Failures);
        }
    }

    [Fact]
    public async Task AnHttpLoginUrl_StopsTheHostStarting()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new Microsoft.Extensions.Hosting.HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "secret",
            ["ToChannelFromBotLoginUrl"] = "http://127.0.0.1:5000/botframework.com",
        });
        builder.Services.AddBotFramework(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ToChannelFromBotLoginUrl must be an absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAppType_FailsToBind()
    {
        using var services = Register("MicrosoftAppType=FederatedCredentials;MicrosoftAppId=x;MicrosoftAppPassword=y");

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value);
    }

    [Fact]
    public void SdkKeys_BindFromTheConfigurationRoot()
    {
        using var services = Register(
            $"MicrosoftAppType=SingleTenant;MicrosoftAppId={AppId};MicrosoftAppPassword=secret;MicrosoftAppTenantId={Tenant};" +
            "BotOpenIdMetadata=https://meta.example/a;ToBotFromChannelOpenIdMetadataUrl=https://meta.example/b;" +
            "ToBotFromEmulatorOpenIdMetadataUrl=https://meta.example/c;ToBotFromChannelTokenIssuer=https://issuer.example;" +
            "ToChannelFromBotOAuthScope=api://connector");

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.True(options.IsAuthenticationEnabled);
        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("https://meta.example/a", options.ChannelOpenIdMetadataUrl);
        Assert.Equal("https://meta.example/c", options.EmulatorOpenIdMetadataUrl);
        Assert.Equal("https://issuer.example", options.ChannelTokenIssuer);
        Assert.Equal("api://connector", options.OAuthScope);
        Assert.Equal("https://login.microsoftonline.com/" + Tenant, options.LoginUrl);
    }

    [Fact]
    public void NothingConfigured_MeansAuthenticationOffWithSdkDefaults()
    {
        using var services = Register("");

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.False(options.IsAuthenticationEnabled);
        Assert.Equal(MicrosoftAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ChannelOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.EmulatorOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ChannelTokenIssuer);
        Assert.Equal("https://api.botframework.com", options.OAuthScope);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.LoginUrl);
    }

    [Fact]
    public void NewerSdkMetadataKey_AppliesWhenBotOpenIdMetadataIsAbsent()
    {
        using var services = Register("ToBotFromChannelOpenIdMetadataUrl=https://meta.example/b");

        var options = services.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value;

        Assert.Equal("https://meta.example/b", options.ChannelOpenIdMetadataUrl);
    }

    private static ServiceProvider Register(string settings)
    {
        var values = settings
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => (string?)pair[1]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration).BuildServiceProvider();
    }
}
