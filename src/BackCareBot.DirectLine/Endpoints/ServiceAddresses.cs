using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Addresses given to clients and the bot, built from the request so they match how the client reached the bot.
/// Behind a TLS-terminating proxy the host must apply forwarded headers, or the stream URL would say <c>ws:</c>.
/// </summary>
internal static class ServiceAddresses
{
    public const string DirectLinePrefix = "/v3/directline";

    /// <summary>The bot's own origin. Replies never travel there: they go straight into the conversation log.</summary>
    public static string ServiceUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}/";
    }

    public static string StreamUrl(HttpRequest request, string conversationId, long? watermark, DirectLineToken streamToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(streamToken);
        var scheme = request.IsHttps ? "wss" : "ws";
        var resume = watermark is { } value ? $"watermark={ActivitySetWriter.FormatWatermark(value)}&" : string.Empty;
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLinePrefix}/conversations/{Uri.EscapeDataString(conversationId)}/stream?{resume}t={Uri.EscapeDataString(streamToken.Value)}";
    }
}
