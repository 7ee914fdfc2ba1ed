using System.Text.Json;
using System.Text.Unicode;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Messaging;

/// <summary>
/// Turns a request body into an activity the pipeline can run, or says why not. The messages name fields,
/// never values, so they are safe to log and to send back.
/// </summary>
internal static class ActivityReader
{
    public static ActivityReadResult Read(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (!Utf8.IsValid(body))
        {
            return ActivityReadResult.Failure(ErrorCodes.BadSyntax, "The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJson.TypeInfo<Activity>());
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) ? string.Empty : $" (at {exception.Path})";
            return ActivityReadResult.Failure(ErrorCodes.BadSyntax, $"The body is not a valid activity{where}.");
        }

        if (activity is null)
        {
            return ActivityReadResult.Failure(ErrorCodes.BadSyntax, "The body is not a valid activity.");
        }

        return Validate(activity);
    }

    private static ActivityReadResult Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Failure(ErrorCodes.MissingProperty, "The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return ActivityReadResult.Failure(ErrorCodes.MissingProperty, "The activity has no conversation.id.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            // Replies to an expectReplies request travel in the HTTP response, so there is nothing to call back.
            if (!activity.ExpectsReplies())
            {
                return ActivityReadResult.Failure(ErrorCodes.MissingProperty, "The activity has no serviceUrl.");
            }
        }
        else if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || !ServiceUrlGuard.IsHttp(serviceUrl))
        {
            return ActivityReadResult.Failure(ErrorCodes.BadArgument, "The activity's serviceUrl is not an absolute http(s) URL.");
        }

        // callerId is set by this bot after authentication; a value on the wire would let a caller claim to be a channel.
        activity.CallerId = null;
        return ActivityReadResult.Success(activity);
    }
}
