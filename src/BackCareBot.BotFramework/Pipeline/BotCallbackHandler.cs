namespace BackCareBot.BotFramework.Pipeline;

public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
