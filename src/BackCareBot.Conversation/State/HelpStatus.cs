namespace BackCareBot.Conversation.State;

/// <summary>Where help stands for an emergency the bot told: its answers are for waiting for help, then for having it.</summary>
public enum HelpStatus
{
    /// <summary>Nothing said of it: the emergency's answers tell the person to call.</summary>
    None,

    /// <summary>"we called 911", "the ambulance is on its way": answers for the wait.</summary>
    OnItsWay,

    /// <summary>"the paramedics are here", "we're in A&amp;E": they have taken over.</summary>
    Here,
}
