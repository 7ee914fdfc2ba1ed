using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Outbound;

namespace BackCareBot.BotFramework.Tests.Authentication.Outbound;

/// <summary>
/// MSAL finds the managed identity endpoint through process environment variables (here App Service's), so this
/// class sets them and runs alone. The endpoint is a loopback address, and requests never leave
/// <see cref="FakeIdentityPlatform"/>.
/// </summary>
[Collection(ProcessEnvironmentTests.Name)]
public sealed class ManagedIdentityTokenTests : IDisposable
{
    private const string Endpoint = "http://127.0.0.1:9/msi/token";
    private readonly string? _savedEndpoint = Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT");
    private readonly string? _savedHeader = Environment.GetEnvironmentVariable("IDENTITY_HEADER");

    public ManagedIdentityTokenTests()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", Endpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "identity-header-secret");
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _savedEndpoint);
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", _savedHeader);
    }

    /// <summary>MSAL caches managed identity tokens process-wide, so each case uses its own client id.</summary>
    [Theory]
    [InlineData("5a0c7e2b-1d3f-4a6b-9c8d-7e6f5a4b3c21", null, "https://api.botframework.com")]
    [InlineData("6b1d8f3c-2e4a-4b7c-8d9e-8f7a6b5c4d32", "https://api.botframework.com/.default", "https://api.botframework.com")]
    public async Task UserAssignedIdentity_RequestsTheConnectorResourceForItsClientId(
        string clientId, string? configuredScope, string expectedResource)
    {
        var platform = new FakeIdentityPlatform();
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = MicrosoftAppType.UserAssignedMsi,
            MicrosoftAppId = clientId,
            MicrosoftAppTenantId = "3c9e1b7a-2f4d-4e6a-8b1c-7d5e9f0a1b2c",
            ToChannelFromBotOAuthScope = configuredScope,
        };

        var token = await ConnectorTokenProviders.Create(options, platform).GetTokenAsync(CancellationToken.None);

        Assert.Equal(FakeIdentityPlatform.ManagedIdentityToken, token);
        var request = Assert.Single(platform.TokenRequests);
        Assert.Equal(Endpoint, request.Uri.GetLeftPart(UriPartial.Path));
        Assert.Equal(expectedResource, request.Query("resource"));
        Assert.Equal(clientId, request.Query("client_id"));
        Assert.Equal("identity-header-secret", request.Headers["X-IDENTITY-HEADER"]);
    }
}
