namespace BackCareBot.BotFramework.Pipeline;

public enum TurnOutcome
{
    Completed,

    /// <summary>The bot failed; the error boundary reset the conversation and the apology was delivered.</summary>
    Recovered,

    /// <summary>The channel could not be reached or refused the apology, so the user saw neither reply nor apology.</summary>
    DeliveryFailed,

    /// <summary>The bot failed and so did the apology, for a reason other than the channel.</summary>
    Failed,
}
