using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Getting a token (the page's only way in) and refreshing it.</summary>
internal sealed class TokenEndpoints(ConversationAccess access, DirectLineTokenService tokens, TimeProvider timeProvider)
{
    /// <summary>
    /// <c>POST /api/directline/token</c>: a new conversation id and user id, and a token for them. Nothing is stored
    /// until the conversation starts; the route is rate-limited per client address.
    /// </summary>
    public Task IssueAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var token = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());
        var grant = new TokenGrant(token.ConversationId, token.Value, token.SecondsLeft(timeProvider.GetUtcNow()), token.UserId);
        return DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status200OK, grant, DirectLineJsonContext.Default.TokenGrant);
    }

    /// <summary><c>POST /tokens/refresh</c>: a new token for the same conversation and user, while the old one is valid.</summary>
    public async Task RefreshAsync(HttpContext httpContext)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId: null, conversationRequired: false).ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        var token = tokens.Issue(authorized.Token.ConversationId, authorized.Token.UserId);
        var info = new ConversationInfo(token.ConversationId, token.Value, token.SecondsLeft(timeProvider.GetUtcNow()));
        await DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status200OK, info, DirectLineJsonContext.Default.ConversationInfo)
            .ConfigureAwait(false);
    }
}
