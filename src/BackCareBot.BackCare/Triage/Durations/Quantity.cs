namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>How many units a length has ("two", "a couple of", "half a"), and which unit forms may follow.</summary>
/// <param name="Value">The count.</param>
/// <param name="Next">The index of the word after the quantity, where the unit should be.</param>
/// <param name="Kind">What kind of quantity it is.</param>
internal readonly record struct Quantity(double Value, int Next, QuantityKind Kind)
{
    public bool Takes(UnitForm form) => Kind switch
    {
        QuantityKind.Article or QuantityKind.Half => form == UnitForm.Singular,
        QuantityKind.Some => form == UnitForm.Plural,
        _ => true,
    };

    /// <summary>"two and a half", "a week and a half": only a whole count takes a half.</summary>
    public bool TakesHalf => Kind is QuantityKind.Article or QuantityKind.Number;
}
