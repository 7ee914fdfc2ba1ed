using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Authentication.Inbound;

namespace BackCareBot.BotFramework.Tests.Authentication.Inbound;

/// <summary>Each test runs its own identity provider, because each counts fetches and changes the published keys.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly TestSigningKey _old = TestSigningKey.Create("old-key", 0, "msteams");
    private readonly TestSigningKey _new = TestSigningKey.Create("new-key", 1, "msteams");
    private TestIdentityProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync();
        _provider.Channel.Publish(_old);
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task ManyRequests_FetchTheKeysOnce()
    {
        await using var harness = AuthenticatorHarness.Create(_provider);
        var header = new TestToken { Key = _old }.AsHeader();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => harness.AuthenticateAsync(header)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.FailureReason));
        Assert.Equal(1, _provider.Channel.KeySetFetches);
    }

    [Fact]
    public async Task UnknownKeyId_RefreshesTheKeysAndAcceptsTheRotatedKey()
    {
        await using var harness = AuthenticatorHarness.Create(_provider);
        Assert.True((await harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader())).Succeeded);
        _provider.Channel.Publish(_old, _new);
        harness.Time.Advance(TimeSpan.FromMinutes(6));

        var rotated = await harness.AuthenticateAsync(new TestToken { Key = _new }.IssuedAt(harness.Time.GetUtcNow()).AsHeader());

        Assert.True(rotated.Succeeded, rotated.FailureReason);
        Assert.Equal(2, _provider.Channel.KeySetFetches);
    }

    [Fact]
    public async Task UnknownKeyIds_RefreshAtMostOncePerMinimumInterval()
    {
        await using var harness = AuthenticatorHarness.Create(_provider);
        Assert.True((await harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader())).Succeeded);
        _provider.Channel.Publish(_old, _new);
        harness.Time.Advance(TimeSpan.FromMinutes(4));

        var results = new List<ChannelAuthenticationResult>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            results.Add(await harness.AuthenticateAsync(new TestToken { Key = _new }.IssuedAt(harness.Time.GetUtcNow()).AsHeader()));
        }

        Assert.All(results, result => Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, result.FailureReason));
        Assert.Equal(1, _provider.Channel.KeySetFetches);
    }

    [Fact]
    public async Task KeysOlderThanTheRefreshInterval_AreRefreshedInTheBackgroundWhileStillServed()
    {
        await using var harness = AuthenticatorHarness.Create(_provider);
        Assert.True((await harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader())).Succeeded);
        _provider.Channel.Publish(_new);
        harness.Time.Advance(TimeSpan.FromHours(12));

        var servedStale = await harness.AuthenticateAsync(new TestToken { Key = _old }.IssuedAt(harness.Time.GetUtcNow()).AsHeader());
        await WaitUntilAsync(() => _provider.Channel.KeySetFetches == 2);
        var afterRefresh = await WaitForFailureAsync(harness, new TestToken { Key = _old }.IssuedAt(harness.Time.GetUtcNow()));

        Assert.True(servedStale.Succeeded, servedStale.FailureReason);
        Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, afterRefresh.FailureReason);
    }

    [Fact]
    public async Task UnreachableMetadata_ThrowsSigningKeysUnavailable()
    {
        var settings = new Dictionary<string, string?> { ["BotOpenIdMetadata"] = _provider.BaseAddress + "/missing/.well-known/openidconfiguration" };
        await using var harness = AuthenticatorHarness.Create(_provider, settings);

        await Assert.ThrowsAsync<SigningKeysUnavailableException>(() => harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader()));
    }

    [Fact]
    public async Task FailedRefresh_KeepsServingTheKeysItHas()
    {
        await using var harness = AuthenticatorHarness.Create(_provider);
        Assert.True((await harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader())).Succeeded);
        _provider.Channel.JwksUri = _provider.BaseAddress + "/gone/keys";
        harness.Time.Advance(TimeSpan.FromMinutes(6));

        var unknown = await harness.AuthenticateAsync(new TestToken { Key = _new }.IssuedAt(harness.Time.GetUtcNow()).AsHeader());
        var known = await harness.AuthenticateAsync(new TestToken { Key = _old }.IssuedAt(harness.Time.GetUtcNow()).AsHeader());

        Assert.Equal(AuthenticationFailureReasons.UnknownSigningKey, unknown.FailureReason);
        Assert.True(known.Succeeded, known.FailureReason);
    }

    [Fact]
    public async Task JwksOverPlainHttpToARemoteHost_IsRefusedWithoutConnecting()
    {
        _provider.Channel.JwksUri = "http://keys.example.invalid/keys";
        await using var harness = AuthenticatorHarness.Create(_provider);

        var failure = await Assert.ThrowsAsync<SigningKeysUnavailableException>(
            () => harness.AuthenticateAsync(new TestToken { Key = _old }.AsHeader()));

        Assert.Contains("https", failure.InnerException?.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, _provider.Channel.KeySetFetches);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    /// <summary>The background fetch stores its keys just after the key set was served, so poll until they apply.</summary>
    private static async Task<ChannelAuthenticationResult> WaitForFailureAsync(AuthenticatorHarness harness, TestToken token)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var result = await harness.AuthenticateAsync(token.AsHeader());
            if (!result.Succeeded)
            {
                return result;
            }

            await Task.Delay(10, timeout.Token);
        }
    }
}
