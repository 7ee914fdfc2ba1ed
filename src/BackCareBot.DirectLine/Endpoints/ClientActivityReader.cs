using System.Text.Json;
using System.Text.Unicode;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Reads what a client POSTs as an activity. The messages name fields, never values: the text is health data.
/// </summary>
internal static class ClientActivityReader
{
    private const int MaxTypeLength = 64;

    // The pipeline's own instructions (pause, answer an invoke), developer traces, and membership events that only the
    // channel reports: a client sending them would be claiming to be the channel.
    private static readonly string[] ReservedTypes =
    [
        ActivityTypes.Delay,
        ActivityTypes.InvokeResponse,
        ActivityTypes.Trace,
        ActivityTypes.ConversationUpdate,
        ActivityTypes.InstallationUpdate,
        ActivityTypes.ContactRelationUpdate,
    ];

    public static ClientActivityReadResult Read(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (!Utf8.IsValid(body))
        {
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.BadSyntax, "The body is not valid UTF-8.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotJson.TypeInfo<Activity>());
        }
        catch (JsonException exception)
        {
            var where = string.IsNullOrEmpty(exception.Path) ? string.Empty : $" (at {exception.Path})";
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.BadSyntax, $"The body is not a valid activity{where}.");
        }

        if (activity is null)
        {
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.BadSyntax, "The body is not a valid activity.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.MissingProperty, "The activity has no type.");
        }

        if (activity.Type.Length > MaxTypeLength)
        {
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.BadArgument, "The activity's type is too long.");
        }

        if (ReservedTypes.Any(activity.IsType))
        {
            return ClientActivityReadResult.Failure(DirectLineErrorCodes.BadArgument, "A client cannot send an activity of this type.");
        }

        return ClientActivityReadResult.Success(activity);
    }
}
