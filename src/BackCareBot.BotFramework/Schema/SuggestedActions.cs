namespace BackCareBot.BotFramework.Schema;

/// <summary>Quick replies shown under a message; they disappear once one is tapped. Empty <see cref="To"/> = everyone.</summary>
public sealed class SuggestedActions
{
    public IList<string>? To { get; set; }

    public IList<CardAction>? Actions { get; set; }
}
