namespace BackCareBot.BotFramework.Pipeline;

/// <summary>Runs the rest of the turn: the next middleware, or the bot after the last one.</summary>
public delegate Task ContinueTurn(CancellationToken cancellationToken);
