using BackCareBot.BotFramework.Pipeline;

namespace BackCareBot.Benchmarks;

/// <summary>
/// The baseline of <see cref="TurnBenchmarks"/>: answers every message with one fixed reply, keeps no state and
/// understands nothing, so a turn through it costs what the protocol layer costs.
/// </summary>
internal sealed class OneReplyBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await turnContext.SendActivityAsync("Thanks for your message.", cancellationToken: cancellationToken);
}
