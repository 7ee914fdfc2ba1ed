namespace BackCareBot.Conversation.Wording;

/// <summary>Button and suggestion labels; each is sent back as the person's next message.</summary>
public sealed class ActionWording
{
    public string HowTo { get; init; } = "";
    public string NextStretch { get; init; } = "";
    public string WhySitting { get; init; } = "";
    public string NoneOfThese { get; init; } = "";
    public string Help { get; init; } = "";

    /// <summary>Quick answers to the sharpness question; the pain-fact reader must understand them.</summary>
    public string SharpAnswer { get; init; } = "";
    public string DullAnswer { get; init; } = "";
}
