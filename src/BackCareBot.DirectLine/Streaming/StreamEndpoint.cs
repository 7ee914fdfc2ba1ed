using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Endpoints;
using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Streaming;

/// <summary>
/// <c>GET /conversations/{id}/stream?watermark=&amp;t=</c>: the WebSocket a stream URL opens. The URL's token is for
/// streaming only and short-lived, since URLs end up in places headers do not. One socket per conversation: a new
/// one takes over and the old one is closed with reason <c>collision</c>, because a client that reconnects after a
/// network change must win over its own half-dead socket.
/// </summary>
internal sealed class StreamEndpoint(
    ConversationAccess access,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<StreamEndpoint> logger)
{
    public async Task ConnectAsync(HttpContext httpContext, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var query = httpContext.Request.Query;
        var authorized = await access.AuthorizeTokenAsync(httpContext, query["t"].ToString(), TokenScope.Stream, conversationId, conversationRequired: true)
            .ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        if (!Watermarks.TryParse(query["watermark"].ToString(), out var watermark))
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument,
                "The watermark is not one this service gave out.").ConfigureAwait(false);
            return;
        }

        if (!httpContext.WebSockets.IsWebSocketRequest)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument,
                "The stream URL is for a WebSocket.").ConfigureAwait(false);
            return;
        }

        var conversation = authorized.Conversation!;
        using var lease = conversation.AttachStream();
        if (lease is null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound,
                "The conversation has expired.").ConfigureAwait(false);
            return;
        }

        using var socket = await httpContext.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var session = new StreamSession(socket, conversation, lease, options.Value.KeepAliveInterval, timeProvider, logger, lifetime.ApplicationStopping);
        await session.RunAsync(watermark).ConfigureAwait(false);
    }
}
