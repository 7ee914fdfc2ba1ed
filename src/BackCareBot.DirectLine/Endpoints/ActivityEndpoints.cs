using BackCareBot.BotFramework.Messaging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Reading a conversation by polling, and sending to it.</summary>
internal sealed class ActivityEndpoints(
    ConversationAccess access,
    BotDelivery delivery,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<ActivityEndpoints> logger)
{
    /// <summary><c>GET /conversations/{id}/activities?watermark=</c>: everything after the watermark except typing.</summary>
    public async Task GetAsync(HttpContext httpContext, string conversationId)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId, conversationRequired: true).ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        if (!Watermarks.TryParse(httpContext.Request.Query["watermark"].ToString(), out var watermark))
        {
            await BadRequestAsync(httpContext, DirectLineErrorCodes.BadArgument, "The watermark is not one this service gave out.").ConfigureAwait(false);
            return;
        }

        await DirectLineResponses.ActivitySetAsync(httpContext.Response, authorized.Conversation!.ReadAfter(watermark)).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>POST /conversations/{id}/activities</c>: logs the activity (the echo Web Chat waits for), runs the bot's turn,
    /// and answers with the id, or 502 when the turn failed beyond what the error boundary could recover.
    /// </summary>
    public async Task PostAsync(HttpContext httpContext, string conversationId)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId, conversationRequired: true).ConfigureAwait(false);
        if (authorized is null)
        {
            return;
        }

        var request = httpContext.Request;
        if (!JsonMediaType.IsUtf8Json(request.ContentType))
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status415UnsupportedMediaType, DirectLineErrorCodes.UnsupportedMediaType,
                "The body must be an activity in JSON (application/json).").ConfigureAwait(false);
            return;
        }

        var body = await RequestBody.ReadAsync(request, options.Value.MaxRequestBodyBytes, httpContext.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status413PayloadTooLarge, DirectLineErrorCodes.MessageSizeTooBig,
                $"The body is larger than {options.Value.MaxRequestBodyBytes} bytes.").ConfigureAwait(false);
            return;
        }

        var read = ClientActivityReader.Read(body.Value.Span);
        if (!read.Succeeded)
        {
            await BadRequestAsync(httpContext, read.ErrorCode, read.ErrorMessage).ConfigureAwait(false);
            return;
        }

        var conversation = authorized.Conversation!;
        var activity = ClientActivityNormalizer.Normalize(read.Activity, conversation, delivery.BotAccount(), ServiceAddresses.ServiceUrl(request));
        var logged = conversation.Append(activity, timeProvider.GetUtcNow());
        if (logged is null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status404NotFound, DirectLineErrorCodes.NotFound,
                "The conversation has expired.").ConfigureAwait(false);
            return;
        }

        var outcome = await delivery.DeliverAsync(conversation, logged, httpContext.RequestServices.GetRequiredService<IBot>()).ConfigureAwait(false);
        if (outcome is TurnOutcome.Failed or TurnOutcome.DeliveryFailed)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status502BadGateway, DirectLineErrorCodes.BotError,
                "The bot failed to process the activity.").ConfigureAwait(false);
            return;
        }

        await DirectLineResponses.WriteAsync(httpContext.Response, StatusCodes.Status200OK, new ResourceResponse(logged.Id), BotJson.TypeInfo<ResourceResponse>())
            .ConfigureAwait(false);
    }

    /// <summary><c>POST /conversations/{id}/upload</c>: attachments are not offered; the page hides its upload button.</summary>
    public async Task UploadAsync(HttpContext httpContext, string conversationId)
    {
        var authorized = await access.AuthorizeAsync(httpContext, conversationId, conversationRequired: true).ConfigureAwait(false);
        if (authorized is not null)
        {
            await DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status501NotImplemented, DirectLineErrorCodes.NotImplemented,
                "This bot does not accept attachments.").ConfigureAwait(false);
        }
    }

    private Task BadRequestAsync(HttpContext httpContext, string code, string message) =>
        DirectLineResponses.ErrorAsync(httpContext.Response, logger, StatusCodes.Status400BadRequest, code, message);
}
