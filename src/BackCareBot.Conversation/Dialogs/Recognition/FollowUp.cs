namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>The natural next questions after a piece of advice.</summary>
public enum FollowUp
{
    None,

    /// <summary>Steps, hold and frequency of the advice just given.</summary>
    HowTo,

    /// <summary>The advice's first related advice not shown yet.</summary>
    NextStretch,

    /// <summary>Why sitting stiffens the lower back.</summary>
    WhySitting,

    /// <summary>"and the other one you mentioned?": the advice shown before the one on screen. Typed only, never offered.</summary>
    Previous,
}
