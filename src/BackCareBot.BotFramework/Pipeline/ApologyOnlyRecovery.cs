using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>The recovery used until the application registers its own: nothing to reset, a generic apology.</summary>
public sealed class ApologyOnlyRecovery : ITurnErrorRecovery
{
    public const string DefaultApology = "Sorry, something went wrong on my side. Please try again.";

    public Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    public Activity CreateApology(ITurnContext turnContext) => new()
    {
        Type = ActivityTypes.Message,
        Text = DefaultApology,
        InputHint = InputHints.AcceptingInput,
    };
}
