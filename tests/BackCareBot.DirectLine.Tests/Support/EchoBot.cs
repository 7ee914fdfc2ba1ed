using System.Collections.Concurrent;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>
/// A small bot for protocol tests: welcomes new members, echoes messages ("typing ..." first shows a typing
/// indicator, "fail" throws), and keeps every activity it was given.
/// </summary>
internal sealed class EchoBot : IBot
{
    public const string Welcome = "Welcome!";
    public const string EchoPrefix = "echo: ";
    public const string TypingPrefix = "typing ";
    public const string Fail = "fail";

    public ConcurrentQueue<Activity> Received { get; } = new();

    public static string EchoOf(string text) => EchoPrefix + text;

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            if (activity.MembersAdded?.Any(member => member.Id != activity.Recipient?.Id) == true)
            {
                await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
            }

            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        var text = activity.Text ?? string.Empty;
        if (text == Fail)
        {
            throw new InvalidOperationException("The echo bot was asked to fail.");
        }

        if (text.StartsWith(TypingPrefix, StringComparison.Ordinal))
        {
            await turnContext.SendTypingAsync(cancellationToken);
        }

        await turnContext.SendActivityAsync(EchoOf(text), cancellationToken: cancellationToken);
    }
}
