using System.Web;

namespace BackCareBot.BotFramework.Tests.Authentication.Outbound;

internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string Body, IReadOnlyDictionary<string, string> Headers)
{
    public string? Form(string name) => HttpUtility.ParseQueryString(Body)[name];

    public string? Query(string name) => HttpUtility.ParseQueryString(Uri.Query)[name];
}
