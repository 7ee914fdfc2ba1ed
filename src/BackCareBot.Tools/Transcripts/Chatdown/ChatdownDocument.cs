using System.Globalization;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>What reading one <c>.chat</c> file builds up: its participants, clock, and the activities so far.</summary>
internal sealed class ChatdownDocument(string source, ChatdownOptions options, ChatdownAccounts accounts, string channelId, string conversationId)
{
    private readonly List<Activity> _activities = [];

    public string Source { get; } = source;

    public ChatdownOptions Options { get; } = options;

    public ChatdownAccounts Accounts { get; } = accounts;

    public ChatdownClock Clock { get; } = new(options.StartTime ?? TruncateToSecond(TimeProvider.System.GetUtcNow()));

    public IReadOnlyList<Activity> Activities => _activities;

    /// <summary>Adds the activity with the fields every chatdown activity has: a sequential id, the channel and the conversation.</summary>
    public void Emit(Activity activity)
    {
        activity.Id = (_activities.Count + 1).ToString(CultureInfo.InvariantCulture);
        activity.ChannelId = channelId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        _activities.Add(activity);
    }

    public TranscriptFormatException Problem((int Line, int Column) location, string problem) =>
        new(Source, location.Line, location.Column, problem);

    private static DateTimeOffset TruncateToSecond(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
