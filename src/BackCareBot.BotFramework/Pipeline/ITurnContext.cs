using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>One turn: the inbound activity and the means to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    Activity Activity { get; }

    /// <summary>Per-turn values shared by middleware and the bot; gone when the turn ends.</summary>
    TurnState TurnState { get; }

    /// <summary>True once anything other than a trace has been sent this turn.</summary>
    bool Responded { get; }

    /// <summary>
    /// Sends to the conversation of the inbound activity: addressed from the bot to the user and, except for a
    /// Direct Line or Web Chat conversationUpdate, as a reply to the inbound activity.
    /// </summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(
        string text,
        string? speak = null,
        string inputHint = InputHints.AcceptingInput,
        CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces a sent activity; <see cref="Activity.Id"/> names the one to replace.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);
}
