using BackCareBot.DirectLine.Tokens;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Tokens;

public sealed class DirectLineTokenServiceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AnIssuedToken_ChecksAsValidForItsConversationAndUser()
    {
        var service = Create();

        var token = service.Issue("conv", "dl_user");
        var check = await service.CheckAsync(token.Value, TokenScope.Conversation);

        Assert.Equal(TokenCheckStatus.Valid, check.Status);
        Assert.Equal("conv", check.Token?.ConversationId);
        Assert.Equal("dl_user", check.Token?.UserId);
        Assert.Equal(_time.GetUtcNow().AddMinutes(30), check.Token?.ExpiresAt);
    }

    [Fact]
    public async Task AToken_ExpiresAfterItsLifetimeOnTheInjectedClock()
    {
        var service = Create();
        var token = service.Issue("conv", "dl_user");

        _time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        var before = await service.CheckAsync(token.Value, TokenScope.Conversation);
        _time.Advance(TimeSpan.FromSeconds(1));
        var after = await service.CheckAsync(token.Value, TokenScope.Conversation);

        Assert.Equal(TokenCheckStatus.Valid, before.Status);
        Assert.Equal(TokenCheckStatus.Expired, after.Status);
    }

    [Fact]
    public async Task AStreamToken_IsValidOnlyForStreamingAndOnlyBriefly()
    {
        var service = Create();
        var token = service.Issue("conv", "dl_user", TokenScope.Stream);

        var asConversation = await service.CheckAsync(token.Value, TokenScope.Conversation);
        var asStream = await service.CheckAsync(token.Value, TokenScope.Stream);
        _time.Advance(TimeSpan.FromMinutes(1));
        var later = await service.CheckAsync(token.Value, TokenScope.Stream);

        Assert.Equal(TokenCheckStatus.Invalid, asConversation.Status);
        Assert.Equal(TokenCheckStatus.Valid, asStream.Status);
        Assert.Equal(TokenCheckStatus.Expired, later.Status);
    }

    [Fact]
    public async Task ATamperedToken_IsInvalid()
    {
        var service = Create();
        var token = service.Issue("conv", "dl_user").Value;
        var parts = token.Split('.');
        var otherPayload = Create().Issue("other", "dl_user").Value.Split('.')[1];

        var check = await service.CheckAsync($"{parts[0]}.{otherPayload}.{parts[2]}", TokenScope.Conversation);

        Assert.Equal(TokenCheckStatus.Invalid, check.Status);
    }

    [Fact]
    public async Task TwoServicesWithTheSameConfiguredKey_AcceptEachOthersTokens()
    {
        const string key = "a-signing-secret-of-at-least-32-characters";

        var token = Create(key).Issue("conv", "dl_user").Value;

        Assert.Equal(TokenCheckStatus.Valid, (await Create(key).CheckAsync(token, TokenScope.Conversation)).Status);
        Assert.Equal(TokenCheckStatus.Invalid, (await Create().CheckAsync(token, TokenScope.Conversation)).Status);
    }

    private DirectLineTokenService Create(string? key = null) =>
        new(Options.Create(new DirectLineOptions { TokenSigningKey = key }), _time);
}
