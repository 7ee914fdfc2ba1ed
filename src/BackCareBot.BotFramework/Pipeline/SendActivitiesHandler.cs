using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// Sees (and may change) outgoing activities before they reach the adapter, e.g. to record a transcript.
/// Not calling <paramref name="next"/> drops them.
/// </summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext,
    IList<Activity> activities,
    Func<Task<ResourceResponse[]>> next);
