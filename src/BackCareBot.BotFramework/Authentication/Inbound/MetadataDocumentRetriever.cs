using Microsoft.IdentityModel.Protocols;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Fetches OpenID metadata and key sets, refusing anything but https (or loopback), which also covers a
/// <c>jwks_uri</c> that a metadata document points elsewhere. Fetches are rare, so a client per fetch from the
/// factory is cheap and picks up DNS changes.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "BackCareBot.BotFramework.Authentication";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!TransportSecurity.IsHttpsOrLoopback(address))
        {
            throw new InvalidOperationException(
                $"Refusing to fetch '{address}': signing metadata must come over https (plain http only from loopback hosts).");
        }

        using var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(new Uri(address), cancel).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"'{address}' answered {(int)response.StatusCode}.", inner: null, response.StatusCode);
        }

        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
