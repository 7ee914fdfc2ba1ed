namespace BackCareBot.BackCare.Matching;

/// <summary>An advice id with how well it fits a message, from 0 (not at all) to 1.</summary>
public readonly record struct ScoredAdvice(string AdviceId, double Score);
