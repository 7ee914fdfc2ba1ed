using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace BackCareBot.BotFramework.Connector;

internal static class ConnectorResilience
{
    public const string PipelineName = "bot-connector";

    /// <summary>Total timeout outside, retries (exponential backoff with jitter, honouring Retry-After), attempt timeout inside.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, BotConnectorOptions options, TimeProvider timeProvider)
    {
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(
                    ConnectorRetryPolicy.ShouldRetry(args.Outcome, options.MaxRetryAfter, timeProvider)),
            });
        }

        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout });
    }
}
