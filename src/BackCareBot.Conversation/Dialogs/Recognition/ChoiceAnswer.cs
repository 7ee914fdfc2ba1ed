namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>The answer to "which of these did you mean?": a candidate by its index, or none of them.</summary>
public readonly record struct ChoiceAnswer(int? Index, bool NoneOfThese)
{
    public static ChoiceAnswer Unrecognised => default;

    public static ChoiceAnswer None => new(null, true);

    public static ChoiceAnswer Pick(int index) => new(index, false);

    public bool IsRecognised => Index is not null || NoneOfThese;
}
