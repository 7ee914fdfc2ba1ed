namespace BackCareBot.Conversation.Wording;

/// <summary>The questions the bot asks before it can decide.</summary>
public sealed class QuestionWording
{
    public string Duration { get; init; } = "";
    public string Sharpness { get; init; } = "";
    public string WhichAdvice { get; init; } = "";
}
