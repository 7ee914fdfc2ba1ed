using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackCareBot.Storage;

/// <summary>
/// Ready means the state store answers: a read of a key nobody writes, through the same <see cref="IStorage"/> the
/// turns use, so it goes wherever they go (the SQLite file, the Blob container) and fails as they would. A missing key
/// is a healthy answer; the probe writes nothing.
/// </summary>
internal sealed class StateStoreHealthCheck(IStorage storage) : IHealthCheck
{
    public const string Name = "state-store";

    /// <summary>A turn waits about this long for the store before its channel gives up on it.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private const string ProbeKey = "health/probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await storage.ReadAsync([ProbeKey], timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The state store did not answer within {Timeout.TotalSeconds} s.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception goes to the health check log; the endpoint's answer is only the status.
            return HealthCheckResult.Unhealthy("The state store failed to answer.", exception);
        }
    }
}
