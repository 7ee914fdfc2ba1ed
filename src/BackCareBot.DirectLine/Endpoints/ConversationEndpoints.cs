using System.Text.Json;
using System.Text.RegularExpressions;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Delivery;
using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Starting a conversation, reconnecting to it, and the session id DirectLineJS asks for.</summary>
internal sealed partial class ConversationEndpoints(
    ConversationAccess access,
    ConversationStore store,
    BotDelivery delivery,
    DirectLineTokenService tokens,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationEndpoints> logger)
{
    /// <summary><c>POST /conversations</c>: 201 and the welcome turn the first time, 200 for a conversation already started.</summary>
    public async Task StartAsync(HttpContext httpContext)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId: null, conversationRequired: false).ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        var parameters = await ReadStartParametersAsync(httpContext).ConfigureAwait(false);
        if (parameters is null)
        {
            return;
        }

        var token = authorized.Token;
        var (conversation, started) = store.GetOrStart(token.ConversationId, token.UserId);
        if (started)
        {
            DirectLineLog.ConversationStarted(logger, conversation.Id);
            var bot = httpContext.RequestServices.GetRequiredService<IBot>();
            await delivery.StartAsync(conversation, ServiceAddresses.ServiceUrl(httpContext.Request), ValidLocale(parameters.Locale), bot)
                .ConfigureAwait(false);
        }

        await WriteConversationAsync(httpContext, token, started ? StatusCodes.Status201Created : StatusCodes.Status200OK, watermark: null)
            .ConfigureAwait(false);
    }

    /// <summary><c>GET /conversations/{id}?watermark=</c>: a fresh stream URL that resumes after the watermark.</summary>
    public async Task ReconnectAsync(HttpContext httpContext, string conversationId)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId, conversationRequired: true).ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        var given = httpContext.Request.Query["watermark"].ToString();
        if (!Watermarks.TryParse(given, out var watermark))
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadArgument,
                "The watermark is not one this service gave out.").ConfigureAwait(false);
            return;
        }

        await WriteConversationAsync(httpContext, authorized.Token, StatusCodes.Status200OK, given.Length == 0 ? null : watermark).ConfigureAwait(false);
    }

    /// <summary><c>GET /session/getsessionid</c>: the bot offers no OAuth sign-in, so there is no session to name.</summary>
    public async Task SessionIdAsync(HttpContext httpContext)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId: null, conversationRequired: false).ConfigureAwait(false);
        if (authorized is not null)
        {
            await DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status200OK, new SessionInfo(string.Empty),
                DirectLineJsonContext.Default.SessionInfo).ConfigureAwait(false);
        }
    }

    private Task WriteConversationAsync(HttpContext httpContext, DirectLineToken token, int statusCode, long? watermark)
    {
        var streamToken = tokens.Issue(token.ConversationId, token.UserId, TokenScope.Stream);
        var info = new ConversationInfo(
            token.ConversationId,
            token.Value,
            token.SecondsLeft(timeProvider.GetUtcNow()),
            ServiceAddresses.StreamUrl(httpContext.Request, token.ConversationId, watermark, streamToken));
        return DirectLineResponses.WriteAsync(httpContext.Response, statusCode, info, DirectLineJsonContext.Default.ConversationInfo);
    }

    /// <summary>The optional start body; null when it was refused (and answered).</summary>
    private async Task<StartParameters?> ReadStartParametersAsync(HttpContext httpContext)
    {
        var body = await RequestBody.ReadAsync(httpContext.Request, options.Value.MaxRequestBodyBytes, httpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig,
                "The body is too large.").ConfigureAwait(false);
            return null;
        }

        if (body.Value.IsEmpty)
        {
            return new StartParameters(null);
        }

        try
        {
            return JsonSerializer.Deserialize(body.Value.Span, DirectLineJsonContext.Default.StartParameters) ?? new StartParameters(null);
        }
        catch (JsonException)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status400BadRequest, DirectLineErrorCodes.BadSyntax,
                "The body is not valid conversation parameters.").ConfigureAwait(false);
            return null;
        }
    }

    private static string? ValidLocale(string? locale) => locale is { Length: <= 35 } && LocalePattern().IsMatch(locale) ? locale : null;

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalePattern();
}
