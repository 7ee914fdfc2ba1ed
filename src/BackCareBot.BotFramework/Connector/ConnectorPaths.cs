namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// Bot Connector v3 URLs. The service URL is a base that may carry a path prefix (Teams: <c>/amer/</c>), so the
/// relative path is appended after making sure it ends in a slash. Ids are percent-encoded: Teams ids contain
/// <c>:</c>, <c>@</c> and <c>;</c>.
/// </summary>
internal static class ConnectorPaths
{
    public static Uri Activities(string serviceUrl, string conversationId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities");

    public static Uri Activity(string serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}");

    private static Uri Build(string serviceUrl, string relativePath)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(new Uri(baseUrl, UriKind.Absolute), relativePath);
    }
}
