namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>What else a message must say for a warning sign's phrases to count.</summary>
public enum SignCondition
{
    /// <summary>The phrase alone is the sign.</summary>
    None,

    /// <summary>With a minor knock (fell, slipped, lifted): osteoporosis plus minor trauma.</summary>
    MinorTrauma,

    /// <summary>Only when the person (or whoever they ask for) is pregnant: the pregnancy-* signs.</summary>
    Pregnancy,

    /// <summary>With pain that is new (said so, or lasting at most <see cref="WarningSignRule.NewPainAtMost"/>): age over 50.</summary>
    NewPain,

    /// <summary>With pain, however long it has lasted: a child's back pain.</summary>
    Pain,

    /// <summary>
    /// A screening question asked only in place of its covered signs, said in the same message: numbness the person
    /// says has been there for years is asked about ("is it new?") rather than decided.
    /// </summary>
    CoveredSign,
}
