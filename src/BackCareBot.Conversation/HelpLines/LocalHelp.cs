namespace BackCareBot.Conversation.HelpLines;

/// <summary>Who to call where the person is: their country's emergency numbers and crisis lines.</summary>
/// <param name="Emergency">The emergency numbers, the usual one first.</param>
/// <param name="Say">How a sentence names them ("911", "112 or 999", "your local emergency number (...)").</param>
/// <param name="CrisisLines">The crisis lines to name, and to dial where <see cref="CrisisLine.Dial"/>.</param>
public sealed record LocalHelp(IReadOnlyList<string> Emergency, string Say, IReadOnlyList<CrisisLine> CrisisLines)
{
    /// <summary>The crisis lines' sentences, one after another.</summary>
    public string CrisisWords => string.Join(" ", CrisisLines.Select(line => line.Words));

    /// <summary>A <c>tel:</c> URL dials the digits alone ("116 123" is <c>tel:116123</c>).</summary>
    public static Uri TelUrl(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        return new Uri("tel:" + string.Concat(number.Where(char.IsAsciiDigit)));
    }
}
