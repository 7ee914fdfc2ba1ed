namespace BackCareBot.LoadChecks;

/// <summary>What one conversation measured and every rule it saw broken.</summary>
internal sealed class SessionResult(int index)
{
    public int Index { get; } = index;

    public List<double> ReplyLatenciesMs { get; } = [];

    public List<string> Failures { get; } = [];

    public int ActivitiesReceived { get; set; }

    public void Fail(string failure) => Failures.Add($"conversation {Index}: {failure}");
}
