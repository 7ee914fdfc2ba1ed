namespace BackCareBot.Evaluation;

/// <summary>A later message in the same conversation, and the triage expected once the bot has read it.</summary>
internal sealed record FollowUpStep(string Say, ExpectedTriage Triage);
