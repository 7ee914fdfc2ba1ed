namespace BackCareBot.Evaluation;

/// <summary>Something a case expected that the bot did not do, after the message at <paramref name="Step"/>.</summary>
internal sealed record CaseProblem(int Step, string Description);
