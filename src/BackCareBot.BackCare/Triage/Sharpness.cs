namespace BackCareBot.BackCare.Triage;

/// <summary>What the person has said about the character of the pain.</summary>
public enum Sharpness
{
    /// <summary>Nothing said yet.</summary>
    Unknown,

    /// <summary>Sharp, stabbing, shooting, knife-like (or severe): the article's rule sends this to a doctor.</summary>
    Sharp,

    /// <summary>Dull, aching, or explicitly not sharp.</summary>
    NotSharp,
}
