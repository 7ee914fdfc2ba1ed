using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BackCareBot.Tests.Support.Authentication;

/// <summary>
/// Stands in for the Microsoft identity platform, which cannot be reached from here, inside MSAL's HTTP client:
/// client-credentials token requests get <see cref="AccessToken"/>; anything else (instance discovery) gets 404,
/// after which MSAL uses its built-in list of clouds.
/// </summary>
public sealed class FakeIdentityPlatform(ConcurrentQueue<Uri> requests) : HttpMessageHandler
{
    public const string AccessToken = "bot-to-channel-token";

    /// <summary>The name under which the protocol layer registers MSAL's HTTP client.</summary>
    public const string MsalHttpClientName = "BackCareBot.BotFramework.Authentication.Msal";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        requests.Enqueue(request.RequestUri!);
        if (request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            var token = $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""";
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(token, Encoding.UTF8, "application/json") });
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
