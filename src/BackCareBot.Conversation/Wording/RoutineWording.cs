namespace BackCareBot.Conversation.Wording;

/// <summary>The guided routine: its steps (advice ids, in order) and what it says between them.</summary>
public sealed class RoutineWording
{
    public List<string> Steps { get; init; } = [];
    public string Heading { get; init; } = "";

    /// <summary>The step's heading on a card: no hold, which the card gives under the picture.</summary>
    public string CardHeading { get; init; } = "";
    public string Done { get; init; } = "";
    public string Stopped { get; init; } = "";
    public string Next { get; init; } = "";
    public string Skip { get; init; } = "";
    public string Stop { get; init; } = "";
}
