using System.Text.Json;

namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>
/// The floor: the least an ASP.NET Core bot endpoint can do for a turn. It parses the activity with
/// System.Text.Json and answers one reply in an <c>expectReplies</c> body, with no bot behind it, so the bot's
/// throughput can be read against what Kestrel, routing and JSON cost on this machine in the same run.
/// </summary>
internal static class FloorServer
{
    public const string Verb = "floor";

    private const string ReplyText = "Thanks for your message.";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost("/api/messages", ReplyAsync);
        await app.RunAsync();
    }

    private static async Task ReplyAsync(HttpContext context)
    {
        var activity = await JsonSerializer.DeserializeAsync(context.Request.Body, FloorJsonContext.Default.FloorActivity, context.RequestAborted);
        if (activity?.Conversation is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
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
