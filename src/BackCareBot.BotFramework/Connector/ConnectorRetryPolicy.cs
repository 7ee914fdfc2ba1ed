using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Timeout;

namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// Which failed deliveries are worth another attempt. Retried: network errors, timeouts, 408, 429 and the
/// gateway errors 502/503/504, plus 412, which Teams documents as transient. Not retried: 500 (the channel
/// choked on this activity and would again) and other 4xx (the request itself is wrong).
/// </summary>
internal static class ConnectorRetryPolicy
{
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout
        or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout;

    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider timeProvider) =>
        outcome.Exception switch
        {
            HttpRequestException or TimeoutRejectedException => true,
            null => outcome.Result is { } response
                && IsTransient(response.StatusCode)
                && RetryAfterWithin(response.Headers.RetryAfter, maxRetryAfter, timeProvider),
            _ => false,
        };

    private static bool RetryAfterWithin(RetryConditionHeaderValue? retryAfter, TimeSpan max, TimeProvider timeProvider)
    {
        if (retryAfter?.Delta is { } delta)
        {
            return delta <= max;
        }

        if (retryAfter?.Date is { } date)
        {
            return date - timeProvider.GetUtcNow() <= max;
        }

        return true;
    }
}
