namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>Points in time whose start the triage reads with a rule of its own (<see cref="RecognizedTime.Start"/>).</summary>
internal enum PointKind
{
    Other,

    /// <summary>"Friday" with no "last": the recogniser gives both the past and the coming one.</summary>
    BareWeekday,

    /// <summary>"the weekend": the recogniser gives the coming one.</summary>
    Weekend,
}
