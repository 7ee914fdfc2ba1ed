using System.Globalization;
using System.Threading.RateLimiting;
using BackCareBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Each client address may get <see cref="DirectLineOptions.TokenRequestsPerMinute"/> tokens a minute, so one client
/// cannot start enough conversations to push everyone else's out of the bounded store.
/// </summary>
internal sealed class TokenRateLimitPolicy(IOptions<DirectLineOptions> options, ILogger<TokenRateLimitPolicy> logger) : IRateLimiterPolicy<string>
{
    public const string Name = "DirectLineToken";

    private static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var permits = options.Value.TokenRequestsPerMinute;
        var address = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = permits,
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Period;
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await DirectLineResponses.ErrorAsync(response, logger, StatusCodes.Status429TooManyRequests, DirectLineErrorCodes.TooManyRequests,
            "Too many token requests from this address; try again later.").ConfigureAwait(false);
    }
}
