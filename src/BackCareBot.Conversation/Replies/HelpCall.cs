namespace BackCareBot.Conversation.Replies;

/// <summary>Who a card's tap-to-call buttons reach; the numbers come from the person's country when it is sent.</summary>
public enum HelpCall
{
    /// <summary>The emergency number (or numbers: Ireland has 112 and 999).</summary>
    Emergency,

    /// <summary>The crisis lines that can be dialled where the person is.</summary>
    CrisisLines,
}
