namespace BackCareBot.Conversation.Wording;

/// <summary>Words that only cards have: the crisis card's heading and the labels of their buttons.</summary>
public sealed class CardWording
{
    public string CrisisHeading { get; init; } = "";

    /// <summary>The heading of the card that names who to call where the person is.</summary>
    public string HelpHeading { get; init; } = "";

    /// <summary>A button dialling a number ({number}).</summary>
    public string CallButton { get; init; } = "";

    /// <summary>Teams: the button that opens a one-to-one chat with the bot.</summary>
    public string OneToOneButton { get; init; } = "";
}
