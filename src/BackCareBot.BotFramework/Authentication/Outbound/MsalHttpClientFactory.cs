using Microsoft.Identity.Client;

namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>Gives MSAL pooled handlers from the app's <see cref="IHttpClientFactory"/> instead of its own client.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "BackCareBot.BotFramework.Authentication.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
