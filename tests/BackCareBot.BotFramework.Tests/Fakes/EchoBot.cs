using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>
/// Answers a message with "echo: text"; throws on the message "fail"; answers the invoke named "respond" with
/// 200 and a body, and leaves other invokes unanswered.
/// </summary>
public sealed class EchoBot : IBot
{
    public const string FailText = "fail";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            if (activity.Text == FailText)
            {
                throw new InvalidOperationException("The echo bot was told to fail.");
            }

            await turnContext.SendActivityAsync($"echo: {activity.Text}", cancellationToken: cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke) && activity.Name == "respond")
        {
            var body = JsonSerializer.SerializeToElement(new { answered = true });
            await turnContext.SendInvokeResponseAsync(new InvokeResponse(200, body), cancellationToken);
        }
    }
}
