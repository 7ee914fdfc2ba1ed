using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using BotChannels = BackCareBot.BotFramework.Schema.Channels;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>
/// BackCareBot's conversation behind the real turn pipeline (<see cref="CloudAdapter"/> with <c>expectReplies</c>),
/// over the storage it is given, with every log record collected. Two of them over one storage are two instances of
/// the bot, or the bot before and after a restart.
/// </summary>
internal sealed class TestBot : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    private static readonly ClaimsIdentity Anonymous = new([], "Anonymous");

    private readonly ServiceProvider _services;
    private readonly CloudAdapter _adapter;
    private readonly IBot _bot;
    private int _sent;

    /// <param name="conversationType">Teams' <c>conversation.conversationType</c>: <c>groupChat</c> and <c>channel</c> are
    /// conversations others read (<c>isGroup</c>); null for a one-to-one chat.</param>
    /// <param name="locale">The <c>locale</c> every activity carries, as Web Chat and Teams send the person's language.</param>
    public TestBot(
        IStorage? storage = null, string channelId = BotChannels.Webchat, string conversationId = "conversation-1", string? conversationType = null, string? locale = null)
    {
        Storage = storage ?? new MemoryStorage();
        ChannelId = channelId;
        ConversationId = conversationId;
        ConversationType = conversationType;
        Locale = locale;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddBotFramework(new ConfigurationBuilder().Build());
        services.AddSharedBackCareConversation();
        services.AddSingleton(Storage);
        _services = services.BuildServiceProvider();
        _adapter = _services.GetRequiredService<CloudAdapter>();
        _bot = _services.GetRequiredService<IBot>();
    }

    public IStorage Storage { get; }

    public string ChannelId { get; }

    public string ConversationId { get; }

    public string? ConversationType { get; }

    public string? Locale { get; }

    /// <summary>The bot's own account: in Teams, <c>28:</c> and its app id.</summary>
    public static ChannelAccount BotAccount { get; } = new("28:00000000-0000-4000-8000-00000000b0b0", "BackCareBot") { Role = RoleTypes.Bot };

    public FakeLogCollector Logs => _services.GetRequiredService<FakeLogCollector>();

    public IMeterFactory MeterFactory => _services.GetRequiredService<IMeterFactory>();

    /// <summary>An activity addressed like this bot's conversation, for storage keys.</summary>
    public Activity Address => new() { ChannelId = ChannelId, Conversation = Conversation() };

    public Task<IReadOnlyList<Activity>> SayAsync(string? text) => SendAsync(Message(text));

    /// <summary>A message from one of the people in the conversation (a group chat or channel has several).</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string personId, string? text)
    {
        var message = Message(text);
        message.From = new ChannelAccount(personId, personId) { Role = RoleTypes.User };
        return SendAsync(message);
    }

    public Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"message-{Interlocked.Increment(ref _sent)}",
        Text = text,
        Timestamp = Now,
    };

    public static Activity MembersAdded(params string[] memberIds) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [.. memberIds.Select(id => new ChannelAccount(id, id))],
        Timestamp = Now,
    };

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.ChannelId = ChannelId;
        activity.Conversation = Conversation();
        activity.Locale ??= Locale;
        activity.From ??= new ChannelAccount("person", "Person") { Role = RoleTypes.User };
        activity.Recipient = BotAccount;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await _adapter.ProcessActivityAsync(activity, Anonymous, _bot, CancellationToken.None);
        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        var body = Assert.IsType<JsonElement>(response.Body);
        return [.. body.Deserialize(BotJson.TypeInfo<ExpectedReplies>())!.Activities];
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private ConversationAccount Conversation() => new()
    {
        Id = ConversationId,
        ConversationType = ConversationType,
        IsGroup = ConversationType is null or "personal" ? null : true,
    };
}
