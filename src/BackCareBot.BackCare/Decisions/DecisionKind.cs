namespace BackCareBot.BackCare.Decisions;

/// <summary>What a turn calls for, in order of priority: the dialogs route on it.</summary>
public enum DecisionKind
{
    /// <summary>Nothing analysable was left of the message (blank, only emoji or markup).</summary>
    Empty,

    /// <summary>Thoughts of self-harm or suicide: crisis lines, nothing else.</summary>
    Crisis,

    /// <summary>An emergency or urgent warning sign: where to go now, no exercise.</summary>
    Warning,

    /// <summary>A red-flag concept no rule placed: one screening question, no exercise.</summary>
    Screening,

    /// <summary>Another body part (the neck, a knee) and not the back: out of the bot's scope.</summary>
    OutOfScope,

    /// <summary>Pain whose length or sharpness is not known yet: ask for it.</summary>
    AskPain,

    /// <summary>The triage is decided or does not apply: answer with the advice that fits.</summary>
    Answer,
}
