using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Inbound;

namespace BackCareBot.BotFramework.Tests.Authentication.Inbound;

public sealed class EmulatorTokenTests(IdentityProviderFixture keys) : IClassFixture<IdentityProviderFixture>
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string BotFrameworkTenantV32 = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private const string OwnTenant = "3c9e1b7a-2f4d-4e6a-8b1c-7d5e9f0a1b2c";
    private const string V1Issuer = "https://sts.windows.net/" + BotFrameworkTenant + "/";
    private const string V2Issuer = "https://login.microsoftonline.com/" + BotFrameworkTenant + "/v2.0";

    public static TheoryData<string, string> AcceptedIssuers => new()
    {
        { "1.0", V1Issuer },
        { "2.0", V2Issuer },
        { "1.0", "https://sts.windows.net/" + BotFrameworkTenantV32 + "/" },
        { "2.0", "https://login.microsoftonline.com/" + BotFrameworkTenantV32 + "/v2.0" },
    };

    [Theory]
    [MemberData(nameof(AcceptedIssuers))]
    public async Task EmulatorTokenForThisBot_SucceedsWithoutEndorsements(string version, string issuer)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(TestToken.Emulator(keys.Entra, version, issuer).AsHeader(), channelId: "emulator");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("urn:botframework:azure", result.CallerId);
    }

    [Theory]
    [InlineData("1.0", V1Issuer)]
    [InlineData("2.0", V2Issuer)]
    public async Task EmulatorTokenIssuedToAnotherApp_FailsWithBadAppId(string version, string issuer)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, version, issuer, client: "1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b");

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.BadAppId, result.FailureReason);
    }

    [Fact]
    public async Task V2TokenCarryingTheAppIdOnlyInAppid_FailsWithMissingAzp()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, "2.0", V2Issuer).WithClaim("azp", null).WithClaim("appid", TestToken.AppId);

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.MissingAuthorizedPartyClaim, result.FailureReason);
    }

    public static TheoryData<string?, string> VersionFailures => new()
    {
        { null, AuthenticationFailureReasons.MissingVersionClaim },
        { "3.0", AuthenticationFailureReasons.UnknownTokenVersion },
    };

    [Theory]
    [MemberData(nameof(VersionFailures))]
    public async Task MissingOrUnknownVersion_Fails(string? version, string expectedFailure)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, "1.0", V1Issuer).WithClaim("ver", version);

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(expectedFailure, result.FailureReason);
    }

    [Fact]
    public async Task EmulatorTokenForAnotherAudience_FailsWithBadAudience()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, "1.0", V1Issuer) with { Audience = "https://api.botframework.com" };

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.BadAudience, result.FailureReason);
    }

    [Theory]
    [InlineData("1.0", "https://sts.windows.net/" + OwnTenant + "/")]
    [InlineData("2.0", "https://login.microsoftonline.com/" + OwnTenant + "/v2.0")]
    public async Task SingleTenantIssuerMatchingTheTokensTenant_Succeeds(string version, string issuer)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, version, issuer, tenantId: OwnTenant);

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ConfiguredTenantIssuer_SucceedsWithoutTidClaim()
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppTenantId"] = OwnTenant };
        await using var harness = AuthenticatorHarness.Create(keys.Provider, settings);
        var token = TestToken.Emulator(keys.Entra, "1.0", "https://sts.windows.net/" + OwnTenant + "/");

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task TenantIssuerNotBackedByConfigurationOrTid_GoesDownTheChannelPathAndFails()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, "1.0", "https://sts.windows.net/" + OwnTenant + "/");

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, result.FailureReason);
    }

    [Fact]
    public async Task EmulatorIssuerSignedWithAChannelKey_FailsBecauseKeySourcesAreSeparate()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(TestToken.Emulator(keys.Teams, "1.0", V1Issuer).AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, result.FailureReason);
    }

    [Fact]
    public async Task ChannelIssuerSignedWithAnEntraKey_FailsBecauseKeySourcesAreSeparate()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Entra }.AsHeader());

        Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, result.FailureReason);
    }

    [Fact]
    public async Task ExpiredEmulatorToken_FailsWithExpired()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = TestToken.Emulator(keys.Entra, "2.0", V2Issuer) with
        {
            NotBefore = TestToken.Start.AddHours(-2),
            Expires = TestToken.Start.AddMinutes(-6),
        };

        var result = await harness.AuthenticateAsync(token.AsHeader(), channelId: "emulator");

        Assert.Equal(AuthenticationFailureReasons.Expired, result.FailureReason);
    }
}
