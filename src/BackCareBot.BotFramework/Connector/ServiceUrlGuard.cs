using BackCareBot.BotFramework.Authentication;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// Decides which service URLs the bot may call. With authentication on, the channel's signed token vouches for
/// the service URL. With it off, anyone can name one, so only loopback URLs and the configured allow-list pass.
/// </summary>
public sealed class ServiceUrlGuard
{
    private readonly bool _authenticationEnabled;
    private readonly Uri[] _allowed;

    public ServiceUrlGuard(IOptions<BotFrameworkAuthenticationOptions> credentials, IOptions<BotFrameworkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        _authenticationEnabled = credentials.Value.IsAuthenticationEnabled;
        _allowed = [.. options.Value.AllowedServiceUrls.Select(url => new Uri(WithTrailingSlash(url), UriKind.Absolute))];
    }

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || !IsHttp(uri))
        {
            return false;
        }

        return _authenticationEnabled || uri.IsLoopback || Array.Exists(_allowed, allowed => Matches(allowed, uri));
    }

    internal static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    private static bool Matches(Uri allowed, Uri candidate) =>
        string.Equals(allowed.Scheme, candidate.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(allowed.IdnHost, candidate.IdnHost, StringComparison.OrdinalIgnoreCase)
        && allowed.Port == candidate.Port
        && WithTrailingSlash(candidate.AbsolutePath).StartsWith(allowed.AbsolutePath, StringComparison.OrdinalIgnoreCase);

    private static string WithTrailingSlash(string value) => value.EndsWith('/') ? value : value + "/";
}
