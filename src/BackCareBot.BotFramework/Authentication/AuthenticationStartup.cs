using BackCareBot.BotFramework.Authentication.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// Says at startup whether authentication is on, and starts fetching the channel signing keys so the first
/// request does not wait for them. Startup does not wait either: a slow identity provider must not stop the bot.
/// </summary>
internal sealed class AuthenticationStartup(
    IOptions<BotFrameworkAuthenticationOptions> options,
    SigningKeyCaches keySources,
    ILogger<AuthenticationStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsAuthenticationEnabled)
        {
            AuthenticationLog.AuthenticationOff(logger);
            return Task.CompletedTask;
        }

        var appId = settings.MicrosoftAppId!.Trim();
        AuthenticationLog.AuthenticationOn(logger, appId, settings.MicrosoftAppType);
        keySources.Channel.RefreshInBackground();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
