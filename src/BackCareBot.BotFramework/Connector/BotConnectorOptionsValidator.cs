using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Connector;

internal sealed class BotConnectorOptionsValidator : IValidateOptions<BotConnectorOptions>
{
    public const int MaxRetryAttemptsLimit = 10;

    /// <summary>Channels give up on the bot after about 15 seconds; a delivery must be over before that.</summary>
    public static readonly TimeSpan MaxTotalTimeout = TimeSpan.FromSeconds(14);

    // The resilience library refuses timeouts shorter than this.
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);

    public ValidateOptionsResult Validate(string? name, BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string Section = BotConnectorOptions.SectionName;
        var failures = new List<string>();
        if (options.MaxRetryAttempts is < 0 or > MaxRetryAttemptsLimit)
        {
            failures.Add($"{Section}:MaxRetryAttempts must be between 0 and {MaxRetryAttemptsLimit}.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            failures.Add($"{Section}:RetryBaseDelay must be zero or more and no longer than MaxRetryDelay.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add($"{Section}:MaxRetryAfter must be zero or more.");
        }

        if (options.AttemptTimeout < MinTimeout || options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add($"{Section}:AttemptTimeout must be at least {MinTimeout.TotalMilliseconds} ms and no longer than TotalTimeout.");
        }

        if (options.TotalTimeout > MaxTotalTimeout)
        {
            failures.Add($"{Section}:TotalTimeout must be at most {MaxTotalTimeout.TotalSeconds} s, inside the channel's own timeout.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
