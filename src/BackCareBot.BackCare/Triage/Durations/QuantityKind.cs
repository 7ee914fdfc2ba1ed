namespace BackCareBot.BackCare.Triage.Durations;

internal enum QuantityKind
{
    /// <summary>"a", "an": one, before a singular unit.</summary>
    Article,

    /// <summary>Digits or number words ("2", "two", "twenty five"), before any unit form, as the recogniser allows.</summary>
    Number,

    /// <summary>"a couple of", "a few", "several": before a plural unit.</summary>
    Some,

    /// <summary>"half a", "a half": before a singular unit.</summary>
    Half,

    /// <summary>"one and a half", "2 and a half": the recogniser leaves "more than" before it out of its span.</summary>
    Fraction,
}
