using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.Identity.Client;

namespace BackCareBot.BotFramework.Tests.Authentication.Outbound;

/// <summary>
/// Stands in for the Microsoft identity platform inside MSAL's HTTP pipeline, so the real MSAL code runs without a
/// network: instance discovery is refused (MSAL then uses its built-in cloud list), token endpoints answer with a
/// token, and every request is recorded.
/// </summary>
internal sealed class FakeIdentityPlatform : HttpMessageHandler, IMsalHttpClientFactory
{
    public const string ClientCredentialsToken = "client-credentials-token";
    public const string ManagedIdentityToken = "managed-identity-token";

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public IEnumerable<RecordedRequest> TokenRequests => Requests.Where(request => !request.Uri.AbsolutePath.Contains("/discovery/", StringComparison.Ordinal));

    public HttpClient GetHttpClient() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(header => header.Key, header => string.Join(",", header.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, body, headers);
        Requests.Enqueue(recorded);

        var path = recorded.Uri.AbsolutePath;
        if (path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            return Json($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{ClientCredentialsToken}}"}""");
        }

        if (path.EndsWith("/msi/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            return Json($$"""{"access_token":"{{ManagedIdentityToken}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}""");
        }

        return new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
