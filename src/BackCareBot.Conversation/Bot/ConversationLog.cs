using BackCareBot.BackCare.Triage;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// What the conversation layer logs: dialog ids, advice ids, triage levels and reasons, never what the person wrote
/// (it is health data) nor anything read from a stored document.
/// </summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug,
        Message = "Replied on {ChannelId} from dialog {DialogId}: advice {AdviceIds}, triage {TriageLevel} ({TriageReasons}), expecting input {ExpectingInput}, waiting in {ActiveDialog}")]
    public static partial void Replied(
        ILogger logger,
        string? channelId,
        string dialogId,
        IReadOnlyList<string> adviceIds,
        TriageLevel? triageLevel,
        IReadOnlyList<string> triageReasons,
        bool expectingInput,
        string? activeDialog);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deleted the stored data of a conversation on {ChannelId} after an uninstall")]
    public static partial void ConversationDataDeleted(ILogger logger, string? channelId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Deleted the stored data of a conversation on {ChannelId} at the person's request")]
    public static partial void Forgotten(ILogger logger, string? channelId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Started a conversation on {ChannelId} over: its stored dialog state could not be read ({Problem})")]
    public static partial void StateDiscarded(ILogger logger, string? channelId, string problem);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug,
        Message = "Another turn of a conversation on {ChannelId} changed its state first (attempt {Attempt}); computing the turn again")]
    public static partial void StateConflict(ILogger logger, string? channelId, int attempt);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Welcomed a member of a conversation on {ChannelId} (dialog {DialogId})")]
    public static partial void Welcomed(ILogger logger, string? channelId, string dialogId);
}
