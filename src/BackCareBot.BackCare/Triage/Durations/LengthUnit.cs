namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>The units of a spoken length, as the date recogniser counts them (a month is 30 days, a year 365).</summary>
internal enum LengthUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
}
