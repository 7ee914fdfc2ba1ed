using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BotFramework.Tests.Authentication.Outbound;

public sealed class ClientSecretTokenTests
{
    private const string Tenant = "3c9e1b7a-2f4d-4e6a-8b1c-7d5e9f0a1b2c";

    public static TheoryData<string, string> Authorities => new()
    {
        { "MicrosoftAppType=MultiTenant", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token" },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppTenantId={Tenant}", $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/token" },
        { "ToChannelFromBotLoginUrl=https://login.microsoftonline.com/contoso.onmicrosoft.com", "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token" },
        { $"MicrosoftAppType=SingleTenant;MicrosoftAppTenantId={Tenant};ToChannelFromBotLoginUrl=https://login.microsoftonline.com/botframework.com", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token" },
    };

    [Theory]
    [MemberData(nameof(Authorities))]
    public async Task ClientCredentials_AreSentToTheAuthorityForTheAppType(string settings, string expectedTokenEndpoint)
    {
        var platform = new FakeIdentityPlatform();
        await using var services = Register(platform, settings);

        var token = await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityPlatform.ClientCredentialsToken, token);
        var request = Assert.Single(platform.TokenRequests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(expectedTokenEndpoint, request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal("client_credentials", request.Form("grant_type"));
        Assert.Equal(TestToken.AppId, request.Form("client_id"));
        Assert.Equal("app-secret", request.Form("client_secret"));
        Assert.Equal("https://api.botframework.com/.default", request.Form("scope"));
    }

    [Theory]
    [InlineData("api://connector.contoso.example", "api://connector.contoso.example/.default")]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com/.default")]
    public async Task ConfiguredScope_GetsDotDefaultUnlessItHasIt(string configured, string expectedScope)
    {
        var platform = new FakeIdentityPlatform();
        await using var services = Register(platform, $"ToChannelFromBotOAuthScope={configured}");

        await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Equal(expectedScope, Assert.Single(platform.TokenRequests).Form("scope"));
    }

    [Fact]
    public async Task RepeatedCalls_AreServedFromTheTokenCache()
    {
        var platform = new FakeIdentityPlatform();
        await using var services = Register(platform, "");
        var tokens = services.GetRequiredService<IConnectorTokenProvider>();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(platform.TokenRequests);
    }

    [Fact]
    public async Task AuthenticationOff_ReturnsNoTokenAndCallsNothing()
    {
        var platform = new FakeIdentityPlatform();
        await using var services = Register(platform, "MicrosoftAppId=;MicrosoftAppPassword=");

        var token = await services.GetRequiredService<IConnectorTokenProvider>().GetTokenAsync(CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(platform.Requests);
    }

    private static ServiceProvider Register(FakeIdentityPlatform platform, string settings)
    {
        var values = new Dictionary<string, string?> { ["MicrosoftAppId"] = TestToken.AppId, ["MicrosoftAppPassword"] = "app-secret" };
        foreach (var pair in settings.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2)))
        {
            values[pair[0]] = pair[1];
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddBotFrameworkAuthentication(configuration);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => platform);
        return services.BuildServiceProvider();
    }
}
