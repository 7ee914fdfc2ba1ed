using BackCareBot.BotFramework.Authentication.Inbound;

namespace BackCareBot.BotFramework.Tests.Authentication.Inbound;

public sealed class AuthenticationOffTests(IdentityProviderFixture keys) : IClassFixture<IdentityProviderFixture>
{
    private static readonly Dictionary<string, string?> Off = new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" };

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task NoHeader_SucceedsAnonymouslyWithoutCallerId(string? header)
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider, Off);

        var result = await harness.AuthenticateAsync(header);

        Assert.True(result.Succeeded);
        Assert.Null(result.CallerId);
        Assert.True(result.Identity.IsAuthenticated);
        Assert.Equal("anonymous", result.Identity.AuthenticationType);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task HeaderPresent_FailsWithoutFetchingKeys()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider, Off);
        var fetchesBefore = keys.Provider.Channel.KeySetFetches;

        var result = await harness.AuthenticateAsync(new TestToken { Key = keys.Teams }.AsHeader());

        Assert.Equal(AuthenticationFailureReasons.AuthenticationOff, result.FailureReason);
        Assert.Equal(fetchesBefore, keys.Provider.Channel.KeySetFetches);
    }

    [Fact]
    public async Task MalformedHeader_FailsAsMalformed()
    {
        await using var harness = AuthenticatorHarness.Create(keys.Provider, Off);

        var result = await harness.AuthenticateAsync("Basic dXNlcjpwYXNz");

        Assert.Equal(AuthenticationFailureReasons.MalformedAuthorizationHeader, result.FailureReason);
    }
}
