using System.Net;
using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Evaluation;

/// <summary>One Web Chat conversation with a bot of its own; each message is one turn, its replies read by <see cref="ReplyOutcome"/>.</summary>
internal sealed class BotEvaluationConversation(ServiceProvider services, TimeProvider time) : IEvaluationConversation, IAsyncDisposable
{
    private static readonly ClaimsIdentity Anonymous = new([], "Anonymous");

    private readonly CloudAdapter _adapter = services.GetRequiredService<CloudAdapter>();
    private readonly IBot _bot = services.GetRequiredService<IBot>();
    private int _sent;

    public async ValueTask<TurnOutcome> SendAsync(string text, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"message-{++_sent}",
            ChannelId = Channels.Webchat,
            Conversation = new ConversationAccount { Id = "evaluation" },
            From = new ChannelAccount("person", "Person") { Role = RoleTypes.User },
            Recipient = new ChannelAccount("backcarebot", "BackCareBot") { Role = RoleTypes.Bot },
            Text = text,
            Timestamp = time.GetUtcNow(),
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        var response = await _adapter.ProcessActivityAsync(activity, Anonymous, _bot, cancellationToken).ConfigureAwait(false);
        if (response.Status != (int)HttpStatusCode.OK || response.Body is not { ValueKind: JsonValueKind.Object } body)
        {
            throw new InvalidOperationException($"The turn ended with status {response.Status} and no replies.");
        }

        return ReplyOutcome.Read(body.Deserialize(BotJson.TypeInfo<ExpectedReplies>())?.Activities ?? []);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
