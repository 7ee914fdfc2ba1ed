using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

public static class TurnContextExtensions
{
    /// <summary>Sets the HTTP status and body that answer the current <c>invoke</c> activity.</summary>
    public static Task<ResourceResponse> SendInvokeResponseAsync(
        this ITurnContext turnContext, InvokeResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(response);
        return turnContext.SendActivityAsync(
            new Activity
            {
                Type = ActivityTypes.InvokeResponse,
                Value = JsonSerializer.SerializeToElement(response, BotJson.TypeInfo<InvokeResponse>()),
            },
            cancellationToken);
    }

    /// <summary>Shows the typing indicator; channels display it for about three seconds or until the next message.</summary>
    public static Task<ResourceResponse> SendTypingAsync(this ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
    }
}
