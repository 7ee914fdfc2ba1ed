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

    /// <summary>Quick answers to "how long?"; the duration reader must understand each.</summary>
    public List<string> DurationAnswers { get; init; } = [];

    /// <summary>Offered after a decision; talk.yaml must understand each.</summary>
    public string Meanwhile { get; init; } = "";
    public string WhichProfessional { get; init; } = "";
    public string IsItSerious { get; init; } = "";
    public string WhereToGo { get; init; } = "";
}
