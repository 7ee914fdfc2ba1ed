using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];

    public BotAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public TurnState TurnState { get; } = new();

    public bool Responded { get; private set; }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSendActivities.Add(handler);
        return this;
    }

    public Task<ResourceResponse> SendActivityAsync(
        string text,
        string? speak = null,
        string inputHint = InputHints.AcceptingInput,
        CancellationToken cancellationToken = default) =>
        SendActivityAsync(
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = text,
                Speak = string.IsNullOrEmpty(speak) ? null : speak,
                InputHint = string.IsNullOrEmpty(inputHint) ? null : inputHint,
            },
            cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);

        // A send handler may have dropped the activity.
        return responses.Length == 0 ? new ResourceResponse() : responses[0];
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            throw new ArgumentException("At least one activity is needed.", nameof(activities));
        }

        var reference = Activity.GetConversationReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            ArgumentNullException.ThrowIfNull(activity, nameof(activities));
            activity.Type ??= ActivityTypes.Message;
            outgoing.Add(activity.ApplyConversationReference(reference));
        }

        return RunSendHandlersAsync(0, outgoing, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("The id of the activity to replace is needed.", nameof(activity));
        }

        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    private Task<ResourceResponse[]> RunSendHandlersAsync(int index, List<Activity> activities, CancellationToken cancellationToken) =>
        index == _onSendActivities.Count
            ? SendThroughAdapterAsync(activities, cancellationToken)
            : _onSendActivities[index](this, activities, () => RunSendHandlersAsync(index + 1, activities, cancellationToken));

    private async Task<ResourceResponse[]> SendThroughAdapterAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        var responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < responses.Length && i < activities.Count; i++)
        {
            activities[i].Id = responses[i].Id;
            Responded |= !activities[i].IsType(ActivityTypes.Trace);
        }

        return responses;
    }
}
