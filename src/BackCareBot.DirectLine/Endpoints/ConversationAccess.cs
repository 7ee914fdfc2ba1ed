using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// The checks every conversation route makes, in Direct Line's order and with its status codes: no token 401, a token
/// that is not ours, is for another conversation or has expired 403 (<c>TokenExpired</c>), a conversation that never
/// started or has been deleted 404. Each failure is answered here.
/// </summary>
internal sealed class ConversationAccess(DirectLineTokenService tokens, ConversationStore store, ILogger<ConversationAccess> logger)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Null when the request was refused (and answered).</summary>
    public Task<AuthorizedRequest?> AuthorizeAsync(HttpContext httpContext, string? conversationId, bool conversationRequired)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var header = httpContext.Request.Headers.Authorization;
        if (header.Count != 1
            || header[0] is not { } value
            || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(value[BearerPrefix.Length..]))
        {
            httpContext.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
            return RefuseAsync(httpContext, StatusCodes.Status401Unauthorized, DirectLineErrorCodes.Unauthorized, "A bearer token is required.");
        }

        return AuthorizeTokenAsync(httpContext, value[BearerPrefix.Length..].Trim(), TokenScope.Conversation, conversationId, conversationRequired);
    }

    public async Task<AuthorizedRequest?> AuthorizeTokenAsync(
        HttpContext httpContext, string? token, TokenScope scope, string? conversationId, bool conversationRequired)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var check = await tokens.CheckAsync(token, scope).ConfigureAwait(false);
        switch (check.Status)
        {
            case TokenCheckStatus.Invalid:
                return await RefuseAsync(httpContext, StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenInvalid, "The token is not valid.")
                    .ConfigureAwait(false);
            case TokenCheckStatus.Expired:
                return await RefuseAsync(httpContext, StatusCodes.Status403Forbidden, DirectLineErrorCodes.TokenExpired, "The token has expired.")
                    .ConfigureAwait(false);
        }

        var granted = check.Token!;
        if (conversationId is not null && !string.Equals(conversationId, granted.ConversationId, StringComparison.Ordinal))
        {
            return await RefuseAsync(httpContext, StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token is not valid for this conversation.")
                .ConfigureAwait(false);
        }

        var conversation = store.Find(granted.ConversationId);
        if (conversation is not null && !string.Equals(conversation.UserId, granted.UserId, StringComparison.Ordinal))
        {
            return await RefuseAsync(httpContext, StatusCodes.Status403Forbidden, DirectLineErrorCodes.Forbidden, "The token is not valid for this conversation.")
                .ConfigureAwait(false);
        }

        if (conversation is null && conversationRequired)
        {
            return await RefuseAsync(httpContext, StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound, "The conversation does not exist or has expired.")
                .ConfigureAwait(false);
        }

        return new AuthorizedRequest(granted, conversation);
    }

    private async Task<AuthorizedRequest?> RefuseAsync(HttpContext httpContext, int statusCode, string code, string message)
    {
        await DirectLineResponses.ErrorAsync(httpContext.Response, logger, statusCode, code, message).ConfigureAwait(false);
        return null;
    }
}
