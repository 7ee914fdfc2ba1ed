namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>How a unit is written, which decides the quantities it can follow: "a week", "two weeks", "2 hrs".</summary>
internal enum UnitForm
{
    Singular,
    Plural,
    Abbreviated,
}
