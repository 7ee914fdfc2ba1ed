using BackCareBot.BackCare.Triage;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Bot;

/// <summary>What the conversation layer logs: decisions and ids, never what the person wrote (it is health data).</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Replied on {ChannelId}: advice {AdviceId}, triage {TriageLevel} ({TriageReasons}), expecting input {ExpectingInput}")]
    public static partial void Replied(
        ILogger logger, string? channelId, string? adviceId, TriageLevel? triageLevel, IReadOnlyList<string>? triageReasons, bool expectingInput);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Deleted the stored data of a conversation on {ChannelId} after an uninstall")]
    public static partial void ConversationDataDeleted(ILogger logger, string? channelId);
}
