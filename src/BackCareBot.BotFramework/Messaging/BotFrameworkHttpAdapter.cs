using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.IO;
using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Messaging;

/// <summary>
/// The messaging endpoint: checks the request (method, media type, size, a well-formed activity), authenticates
/// it, and runs the turn. Status codes follow the official SDK's adapter; error bodies are ErrorResponse JSON
/// that names what is wrong without echoing content. A failure that is nobody's fault but ours is an empty 500.
/// </summary>
public sealed class BotFrameworkHttpAdapter(
    CloudAdapter adapter,
    IChannelAuthenticator authenticator,
    ServiceUrlGuard serviceUrlGuard,
    IOptions<BotFrameworkOptions> options,
    ILogger<BotFrameworkHttpAdapter> logger)
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public async Task ProcessAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(bot);
        try
        {
            await ProcessRequestAsync(httpContext, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The caller went away; nobody is left to answer.
        }
        catch (Exception exception)
        {
            MessagingLog.UnexpectedFailure(logger, exception);
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Clear();
                httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
        }
    }

    private async Task ProcessRequestAsync(HttpContext httpContext, IBot bot, CancellationToken cancellationToken)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = HttpMethods.Post;
            return;
        }

        if (!JsonMediaType.IsUtf8Json(request.ContentType))
        {
            await RefuseAsync(response, StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                "The body must be an activity in JSON (application/json).", cancellationToken).ConfigureAwait(false);
            return;
        }

        var limit = options.Value.MaxRequestBodyBytes;
        PooledBuffer? read;
        try
        {
            read = request.ContentLength > limit
                ? null
                : await BoundedStreamReader.ReadAsync(request.Body, limit, request.ContentLength, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (UnreadableRequestBody.IsCause(exception))
        {
            // A client that stopped sending, or sent too slowly for the server's minimum rate: its fault, not ours, and
            // common enough on the internet that an error line for each would bury the real ones.
            MessagingLog.BodyUnreadable(logger, exception);
            response.StatusCode = StatusCodes.Status400BadRequest;
            await WriteJsonAsync(response, new ErrorResponse(ErrorCodes.BadSyntax, "The request body could not be read to its end."), BotJson.TypeInfo<ErrorResponse>(), cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        using var body = read;
        if (body is null)
        {
            await RefuseAsync(response, StatusCodes.Status413PayloadTooLarge, ErrorCodes.MessageSizeTooBig,
                $"The body is larger than {limit} bytes.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var parsed = ActivityReader.Read(body.Span);
        if (!parsed.Succeeded)
        {
            await RefuseAsync(response, StatusCodes.Status400BadRequest, parsed.ErrorCode, parsed.ErrorMessage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var activity = parsed.Activity;
        var authentication = await AuthenticateAsync(request, activity, cancellationToken).ConfigureAwait(false);
        if (authentication is null)
        {
            await RefuseAsync(response, StatusCodes.Status503ServiceUnavailable, ErrorCodes.ServiceUnavailable,
                "The bot cannot verify requests right now.", cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!authentication.Succeeded)
        {
            MessagingLog.AuthenticationFailed(logger, LogSafe.Token(activity.Type), LogSafe.Token(activity.ChannelId), authentication.FailureReason);
            response.Headers.WWWAuthenticate = "Bearer";
            await RefuseAsync(response, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
                "The request is not authenticated.", cancellationToken).ConfigureAwait(false);
            return;
        }

        activity.CallerId = authentication.CallerId;
        if (!activity.ExpectsReplies() && !serviceUrlGuard.IsAllowed(activity.ServiceUrl))
        {
            MessagingLog.ServiceUrlRefused(logger, LogSafe.Token(activity.ChannelId), LogSafe.Hash(activity.Conversation?.Id));
            await RefuseAsync(response, StatusCodes.Status403Forbidden, ErrorCodes.ServiceUrlNotAllowed,
                "The bot does not send replies to this serviceUrl while authentication is off.", cancellationToken).ConfigureAwait(false);
            return;
        }

        var result = await adapter.RunTurnAsync(activity, authentication.Identity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        MessagingLog.Processed(logger, activity, result.Status);
        await WriteAsync(response, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Null when authentication itself is unavailable (no signing keys), which is not the caller's fault.</summary>
    private async Task<ChannelAuthenticationResult?> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        var header = request.Headers.Authorization;
        try
        {
            return await authenticator.AuthenticateAsync(header.Count == 1 ? header[0] : null, activity.ChannelId, activity.ServiceUrl, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SigningKeysUnavailableException exception)
        {
            MessagingLog.AuthenticationUnavailable(logger, exception);
            return null;
        }
    }

    private Task RefuseAsync(HttpResponse response, int statusCode, string code, string message, CancellationToken cancellationToken)
    {
        MessagingLog.Refused(logger, statusCode, code);
        response.StatusCode = statusCode;
        return WriteJsonAsync(response, new ErrorResponse(code, message), BotJson.TypeInfo<ErrorResponse>(), cancellationToken);
    }

    private static Task WriteAsync(HttpResponse response, TurnResponse result, CancellationToken cancellationToken)
    {
        response.StatusCode = result.Status;
        if (result.Replies is { } replies)
        {
            return WriteJsonAsync(response, replies, BotJson.TypeInfo<ExpectedReplies>(), cancellationToken);
        }

        if (result.Body is { } body)
        {
            return WriteJsonAsync(response, body, BotJson.TypeInfo<JsonElement>(), cancellationToken);
        }

        response.ContentLength = 0;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Bodies are small, so they are serialized whole and sent with a Content-Length: one write, no chunked framing
    /// for either side to produce or parse.
    /// </summary>
    private static Task WriteJsonAsync<T>(HttpResponse response, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        response.ContentType = JsonContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, cancellationToken).AsTask();
    }
}
