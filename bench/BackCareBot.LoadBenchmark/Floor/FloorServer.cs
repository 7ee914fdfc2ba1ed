using System.Text.Json;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>
/// The floor: the least an ASP.NET Core bot endpoint can do for a turn. It parses the activity with
/// System.Text.Json and answers one reply in an <c>expectReplies</c> body, with no bot behind it, so the bot's
/// throughput can be read against what Kestrel, routing and JSON cost on this machine in the same run. Given
/// <c>--StatePath</c>, it also reads and writes the conversation's state in a SQLite file as the bot does
/// (<see cref="FloorConversationState"/>): the floor of a bot that keeps its state durably.
/// </summary>
internal static class FloorServer
{
    public const string Verb = "floor";

    /// <summary>The configuration key (command line: <c>--StatePath=...</c>) of the state file, for the stateful floor.</summary>
    public const string StatePathKey = "StatePath";

    private const string ReplyText = "Thanks for your message.";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var statePath = builder.Configuration[StatePathKey];
        using var storage = statePath is null ? null : new SqliteStorage(statePath, TimeProvider.System);
        var state = storage is null ? null : new FloorConversationState(storage);
        if (storage is not null)
        {
            await storage.InitializeAsync(CancellationToken.None);
        }

        var app = builder.Build();
        app.MapPost("/api/messages", context => ReplyAsync(context, state));
        await app.RunAsync();
    }

    private static async Task ReplyAsync(HttpContext context, FloorConversationState? state)
    {
        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, FloorJsonContext.Default.FloorActivity, context.RequestAborted);
        if (activity?.Conversation is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (state is not null && !await state.AdvanceAsync(activity, context.RequestAborted))
        {
            context.Response.StatusCode = StatusCodes.Status409Conflict;
            return;
        }

        var reply = new FloorActivity
        {
            Type = "message",
            Timestamp = TimeProvider.System.GetUtcNow(),
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            From = activity.Recipient,
            Conversation = activity.Conversation,
            Recipient = activity.From,
            Locale = activity.Locale,
            Text = ReplyText,
            InputHint = "acceptingInput",
            ReplyToId = activity.Id,
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, new FloorReplies([reply]), FloorJsonContext.Default.FloorReplies, context.RequestAborted);
    }
}
