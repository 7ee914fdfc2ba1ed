namespace BackCareBot.LoadBenchmark;

/// <summary>
/// One connection's stream of conversations: each goes through the questions once, then a new conversation starts,
/// so the server keeps creating conversation state as a live bot does rather than serving a handful of them.
/// </summary>
internal sealed class LoadConversation(string prefix, IReadOnlyList<string> questions)
{
    private int _conversationNumber;
    private int _turn;

    public TurnRequest Next()
    {
        if (_turn == questions.Count)
        {
            _turn = 0;
            _conversationNumber++;
        }

        var conversationId = $"{prefix}-{_conversationNumber}";
        var turn = _turn++;
        return new TurnRequest(conversationId, $"{conversationId}-{turn}", questions[turn]);
    }
}
