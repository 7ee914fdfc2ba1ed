namespace BackCareBot.BotFramework.Tests.Authentication;

/// <summary>
/// One identity provider per test class with a fixed key set. Channel: <see cref="Teams"/> (endorsed for msteams
/// and webchat), <see cref="SlackOnly"/> (endorsed for slack), <see cref="Unendorsed"/> (no endorsements member).
/// Entra ID: <see cref="Entra"/>.
/// </summary>
public sealed class IdentityProviderFixture : IAsyncLifetime
{
    internal TestSigningKey Teams { get; } = TestSigningKey.Create("channel-key-teams", 0, "msteams", "webchat");

    internal TestSigningKey SlackOnly { get; } = TestSigningKey.Create("channel-key-slack", 1, "slack");

    internal TestSigningKey Unendorsed { get; } = TestSigningKey.Create("channel-key-bare", 2, endorsements: null);

    internal TestSigningKey Entra { get; } = TestSigningKey.Create("entra-key", 3, endorsements: null);

    /// <summary>Never published: signs forgeries.</summary>
    internal TestSigningKey Attacker { get; } = TestSigningKey.Create("attacker-key", 4, "msteams", "webchat");

    internal TestIdentityProvider Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestIdentityProvider.StartAsync();
        Provider.Channel.Publish(Teams, SlackOnly, Unendorsed);
        Provider.Emulator.Publish(Entra);
    }

    public async Task DisposeAsync() => await Provider.DisposeAsync();
}
