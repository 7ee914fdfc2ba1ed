using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Inbound;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Tests.Authentication.Inbound;

public sealed class ChannelTokenTests(IdentityProviderFixture keys) : IClassFixture<IdentityProviderFixture>
{
    [Fact]
    public async Task ValidChannelToken_SucceedsWithAzureCallerId()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams }.AsHeader());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("urn:botframework:azure", result.CallerId);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal(TestToken.AppId, result.Identity.FindFirst("aud")?.Value);
        Assert.Equal(TestToken.ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task WrongAudience_FailsWithBadAudience()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams, Audience = "another-bot" }.AsHeader());

        AssertFailure(AuthenticationFailureReasons.BadAudience, result);
    }

    [Fact]
    public async Task WrongIssuer_FailsWithBadIssuer()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams, Issuer = "https://evil.example" }.AsHeader());

        AssertFailure(AuthenticationFailureReasons.BadIssuer, result);
    }

    [Fact]
    public async Task ConfiguredIssuer_ReplacesTheBotFrameworkIssuer()
    {
        var settings = new Dictionary<string, string?> { ["ToBotFromChannelTokenIssuer"] = "https://channel.contoso.example" };
        await using var harness = AuthenticatorHarness.Create(keys.Provider, settings);

        var custom = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams, Issuer = "https://channel.contoso.example" }.AsHeader());
        var standard = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams }.AsHeader());

        Assert.True(custom.Succeeded, custom.FailureReason);
        AssertFailure(AuthenticationFailureReasons.BadIssuer, standard);
    }

    [Fact]
    public async Task SignedByAnotherKeyUnderAPublishedKeyId_FailsWithBadSignature()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var forged = new TestToken { Key = keys.Attacker.WithKeyId(keys.Teams.KeyId) };

        var result = await harness.AuthenticateAsync(forged.AsHeader());

        AssertFailure(AuthenticationFailureReasons.BadSignature, result);
    }

    [Fact]
    public async Task SignedByAnUnpublishedKey_FailsWithUnknownSigningKey()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Attacker }.AsHeader());

        AssertFailure(AuthenticationFailureReasons.UnknownSigningKey, result);
    }

    [Fact]
    public async Task TokenWithoutKeyId_FailsWithMissingKeyId()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams, WithoutKeyId = true }.AsHeader());

        AssertFailure(AuthenticationFailureReasons.MissingKeyId, result);
    }

    public static TheoryData<string, string?> Algorithms => new()
    {
        { SecurityAlgorithms.RsaSha256, null },
        { SecurityAlgorithms.RsaSha384, null },
        { SecurityAlgorithms.RsaSha512, null },
        { SecurityAlgorithms.RsaSsaPssSha256, AuthenticationFailureReasons.AlgorithmNotAllowed },
    };

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task SigningAlgorithm_OnlyRsaPkcs1IsAccepted(string algorithm, string? expectedFailure)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams, Algorithm = algorithm }.AsHeader());

        AssertOutcome(expectedFailure, result);
    }

    /// <summary>Offsets from now; the SDK allows five minutes of clock skew either way.</summary>
    public static TheoryData<int, int, string?> Lifetimes => new()
    {
        { -65, -6, AuthenticationFailureReasons.Expired },
        { -65, -4, null },
        { 6, 60, AuthenticationFailureReasons.NotYetValid },
        { 4, 60, null },
    };

    [Theory]
    [MemberData(nameof(Lifetimes))]
    public async Task Lifetime_IsCheckedWithFiveMinutesOfSkew(int notBeforeMinutes, int expiresMinutes, string? expectedFailure)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var now = harness.Time.GetUtcNow();
        var token = new TestToken { Key = keys.Teams, NotBefore = now.AddMinutes(notBeforeMinutes), Expires = now.AddMinutes(expiresMinutes) };

        var result = await harness.AuthenticateAsync(token.AsHeader());

        AssertOutcome(expectedFailure, result);
    }

    [Fact]
    public async Task TokenAcceptedNow_IsRefusedOnceTheClockPassesExpiryAndSkew()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var header = new TestToken { Key = keys.Teams }.AsHeader();

        var before = await harness.AuthenticateAsync(header);
        harness.Time.Advance(TimeSpan.FromMinutes(55 + 6));
        var after = await harness.AuthenticateAsync(header);

        Assert.True(before.Succeeded, before.FailureReason);
        AssertFailure(AuthenticationFailureReasons.Expired, after);
    }

    public static TheoryData<string, string?> Endorsements => new()
    {
        { "msteams", null },
        { "webchat", null },
        { "directline", AuthenticationFailureReasons.MissingEndorsement },
        { "MSTEAMS", AuthenticationFailureReasons.MissingEndorsement },
    };

    [Theory]
    [MemberData(nameof(Endorsements))]
    public async Task SigningKey_MustBeEndorsedForTheActivitysChannel(string channelId, string? expectedFailure)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams }.AsHeader(), channelId);

        AssertOutcome(expectedFailure, result);
    }

    [Fact]
    public async Task KeyEndorsedForAnotherChannel_FailsWithMissingEndorsement()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.SlackOnly }.AsHeader(), "msteams");

        AssertFailure(AuthenticationFailureReasons.MissingEndorsement, result);
    }

    [Fact]
    public async Task KeyWithoutEndorsements_CannotVouchForAChannel()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Unendorsed }.AsHeader(), "msteams");

        AssertFailure(AuthenticationFailureReasons.MissingEndorsement, result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ActivityWithoutChannelId_SkipsTheEndorsementCheck(string? channelId)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.SlackOnly }.AsHeader(), channelId);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    public static TheoryData<string?, string?, string?> ServiceUrls => new()
    {
        { TestToken.ServiceUrl, TestToken.ServiceUrl, null },
        { "HTTPS://SMBA.TRAFFICMANAGER.NET/AMER/", TestToken.ServiceUrl, null },
        { "https://evil.example/", TestToken.ServiceUrl, AuthenticationFailureReasons.ServiceUrlMismatch },
        { null, TestToken.ServiceUrl, AuthenticationFailureReasons.MissingServiceUrlClaim },
        { "https://anything.example/", null, null },
    };

    [Theory]
    [MemberData(nameof(ServiceUrls))]
    public async Task ServiceUrlClaim_MustMatchTheActivityIgnoringCase(string? claimed, string? activityServiceUrl, string? expectedFailure)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = new TestToken { Key = keys.Teams }.WithClaim("serviceurl", claimed);

        var result = await harness.AuthenticateAsync(token.AsHeader(), serviceUrl: activityServiceUrl);

        AssertOutcome(expectedFailure, result);
    }

    [Fact]
    public async Task NoHeaderWhileAuthenticationIsOn_FailsWithMissingHeader()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(authorizationHeader: null);

        AssertFailure(AuthenticationFailureReasons.MissingAuthorizationHeader, result);
    }

    public static TheoryData<string> MalformedHeaders => new()
    {
        "Basic dXNlcjpwYXNz",
        "Bearer",
        "Bearer ",
        "Bearer a b",
        "Bearer  token-after-two-spaces",
        "bearer token-with-lowercase-scheme",
    };

    [Theory]
    [MemberData(nameof(MalformedHeaders))]
    public async Task MalformedHeader_FailsWithMalformedHeader(string header)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(header);

        AssertFailure(AuthenticationFailureReasons.MalformedAuthorizationHeader, result);
    }

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    public async Task BearerWithGarbage_FailsWithMalformedToken(string header)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);

        var result = await harness.AuthenticateAsync(header);

        AssertFailure(AuthenticationFailureReasons.MalformedToken, result);
    }

    [Fact]
    public async Task FailureReason_NeverQuotesTheToken()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider);
        var token = new TestToken { Key = keys.Teams, Audience = "another-bot" }.Mint();

        var result = await harness.AuthenticateAsync("Bearer " + token);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain("another-bot", result.FailureReason, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], result.ToString(), StringComparison.Ordinal);
    }

    private static void AssertOutcome(string? expectedFailure, ChannelAuthenticationResult result)
    {
        if (expectedFailure is null)
        {
            Assert.True(result.Succeeded, result.FailureReason);
        }
        else
        {
            AssertFailure(expectedFailure, result);
        }
    }

    private static void AssertFailure(string expected, ChannelAuthenticationResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.FailureReason);
        Assert.Null(result.Identity);
        Assert.Null(result.CallerId);
    }
}
