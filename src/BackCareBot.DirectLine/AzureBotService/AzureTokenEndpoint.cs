using BackCareBot.DirectLine.Endpoints;
using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.AzureBotService;

/// <summary>
/// <c>POST /api/directline/token</c> in <see cref="DirectLineMode.AzureBotService"/> mode: a token from Azure for a new
/// conversation and a user id chosen here, and the Direct Line domain the page must talk to. The secret never
/// leaves the server; the route keeps its per-address rate limit, which now also spares the secret's quota.
/// </summary>
internal sealed class AzureTokenEndpoint(AzureTokenClient azure, IOptions<DirectLineOptions> options, ILogger<AzureTokenEndpoint> logger)
{
    public async Task IssueAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var userId = DirectLineIds.NewUserId();
        var token = await azure.GenerateAsync(userId, httpContext.RequestAborted).ConfigureAwait(false);
        if (token is null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status502BadGateway, DirectLineErrorCodes.ServiceError,
                "The chat service could not give a token; try again in a minute.").ConfigureAwait(false);
            return;
        }

        var domain = new Uri(options.Value.AzureBaseUrl, "v3/directline").AbsoluteUri;
        var grant = new TokenGrant(token.ConversationId!, token.Token!, token.ExpiresIn!.Value, userId, domain);
        await DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status200OK, grant, DirectLineJsonContext.Default.TokenGrant)
            .ConfigureAwait(false);
    }
}
