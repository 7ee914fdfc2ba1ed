using System.Net;
using System.Net.Http.Headers;
using BackCareBot.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace BackCareBot.BotFramework.Tests.Connector;

public sealed class ConnectorRetryPolicyTests
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 13, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<int, bool> Statuses => new()
    {
        { 200, false }, { 400, false }, { 401, false }, { 403, false }, { 404, false }, { 405, false },
        { 408, true }, { 412, true }, { 429, true }, { 500, false }, { 501, false }, { 502, true }, { 503, true }, { 504, true },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ShouldRetry_ByStatus(int status, bool retried)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)status);

        Assert.Equal(retried, ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(response), MaxRetryAfter, _time));
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(3600, false)]
    public void ShouldRetry_RetryAfterInSeconds_OnlyWhenShortEnough(int seconds, bool retried)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));

        Assert.Equal(retried, ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(response), MaxRetryAfter, _time));
    }

    [Theory]
    [InlineData(2, true)]
    [InlineData(60, false)]
    public void ShouldRetry_RetryAfterAsDate_ComparedWithNow(int secondsAhead, bool retried)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_time.GetUtcNow().AddSeconds(secondsAhead));

        Assert.Equal(retried, ConnectorRetryPolicy.ShouldRetry(Outcome.FromResult(response), MaxRetryAfter, _time));
    }

    [Fact]
    public void ShouldRetry_NetworkErrorsAndTimeouts_AreTransient()
    {
        Assert.True(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException("refused")), MaxRetryAfter, _time));
        Assert.True(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException()), MaxRetryAfter, _time));
        Assert.False(ConnectorRetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), MaxRetryAfter, _time));
    }
}
