using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Tokens;

/// <summary>
/// Says at startup which key signs Direct Line tokens. Without <c>DirectLine:TokenSigningKey</c> it is made per
/// process, which is right on one machine but means a restart or a second instance refuses every web chat's token;
/// an operator scaling out should learn that from the log, not from people whose chat stopped. The key is never logged.
/// </summary>
internal sealed partial class TokenSigningNotice(IOptions<DirectLineOptions> options, ILogger<TokenSigningNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.Value.TokenSigningKey))
        {
            PerProcessKey(logger);
        }
        else
        {
            ConfiguredKey(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information,
        Message = "Direct Line tokens are signed with a key made for this process: they stop working when it restarts, and other instances refuse them; set DirectLine:TokenSigningKey to share one")]
    private static partial void PerProcessKey(ILogger logger);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Information,
        Message = "Direct Line tokens are signed with the configured DirectLine:TokenSigningKey: restarts and other instances with the same key accept them")]
    private static partial void ConfiguredKey(ILogger logger);
}
