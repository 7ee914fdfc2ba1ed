using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// The signing keys published at one OpenID metadata address, cached so that validating a token costs no network
/// call. Refreshes on a timer (serving the cached keys meanwhile) and, at most once per
/// <see cref="SigningKeyCacheSettings.MinimumRefreshInterval"/>, when a token names a key id it has not seen (key
/// rotation). Concurrent callers share one fetch.
/// </summary>
/// <remarks>
/// Microsoft.IdentityModel's ConfigurationManager (8.x) refreshes in the background after RequestRefresh and keeps
/// returning the old keys meanwhile, so the first request signed with a rotated key would be refused. Here the
/// request that meets the unknown key waits for the fetch instead.
/// </remarks>
internal sealed class SigningKeyCache(
    string metadataAddress,
    IDocumentRetriever documentRetriever,
    SigningKeyCacheSettings settings,
    TimeProvider timeProvider,
    ILogger<SigningKeyCache> logger)
{
    private readonly Lock _gate = new();
    private volatile Generation? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private Task<SigningKeySet>? _refresh;

    public async ValueTask<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is null)
        {
            var first = TryStartRefresh(settings.RetryWithoutKeysInterval)
                ?? throw new SigningKeysUnavailableException(
                    $"No signing keys from {metadataAddress} yet; the last attempt failed and is retried shortly.");
            return await first.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        if (timeProvider.GetUtcNow() - current.FetchedAt >= settings.AutomaticRefreshInterval)
        {
            RefreshInBackground();
        }

        return current.Keys;
    }

    /// <summary>The keys, fetched again first when <paramref name="keyId"/> is unknown and the throttle allows.</summary>
    public async ValueTask<SigningKeySet> GetContainingAsync(string keyId, CancellationToken cancellationToken)
    {
        var keys = await GetAsync(cancellationToken).ConfigureAwait(false);
        if (keys.Contains(keyId))
        {
            return keys;
        }

        var refresh = TryStartRefresh(settings.MinimumRefreshInterval);
        return refresh is null ? keys : await refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a fetch nobody waits for (startup warm-up, timed refresh); failures are logged.</summary>
    public void RefreshInBackground()
    {
        var refresh = _current is null
            ? TryStartRefresh(settings.RetryWithoutKeysInterval)
            : TryStartRefresh(settings.MinimumRefreshInterval);
        refresh?.ContinueWith(
            static task => _ = task.Exception,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    private Task<SigningKeySet>? TryStartRefresh(TimeSpan minimumInterval)
    {
        lock (_gate)
        {
            if (_refresh is { } running)
            {
                return running;
            }

            var now = timeProvider.GetUtcNow();
            if (now - _lastAttempt < minimumInterval)
            {
                return null;
            }

            _lastAttempt = now;

            // Task.Run keeps the fetch off the caller's stack, so FetchAsync's finally cannot run before _refresh is
            // assigned (it needs _gate, which is held until then).
            _refresh = Task.Run(FetchAsync);
            return _refresh;
        }
    }

    private async Task<SigningKeySet> FetchAsync()
    {
        try
        {
            // Not the caller's token: the fetch is shared, and one caller giving up must not fail the others.
            var configuration = await OpenIdConnectConfigurationRetriever
                .GetAsync(metadataAddress, documentRetriever, CancellationToken.None)
                .ConfigureAwait(false);
            var keys = SigningKeySet.From(configuration);
            _current = new Generation(keys, timeProvider.GetUtcNow());
            AuthenticationLog.SigningKeysFetched(logger, keys.Keys.Count, metadataAddress);
            return keys;
        }
        catch (Exception exception)
        {
            AuthenticationLog.SigningKeysFetchFailed(logger, metadataAddress, exception);
            if (_current is { } stale)
            {
                return stale.Keys;
            }

            throw new SigningKeysUnavailableException($"Could not fetch signing keys from {metadataAddress}.", exception);
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }

    private sealed record Generation(SigningKeySet Keys, DateTimeOffset FetchedAt);
}
