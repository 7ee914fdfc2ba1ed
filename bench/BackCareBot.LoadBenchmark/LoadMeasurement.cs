using System.Diagnostics;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// The measured phase against one server. <paramref name="Latencies"/> are the answered turns' latencies, sorted,
/// in <see cref="Stopwatch"/> ticks. <paramref name="StrayReplies"/> counts replies posted to the connector for
/// turns that asked for them in the response.
/// </summary>
internal sealed record LoadMeasurement(
    TimeSpan Elapsed,
    long[] Latencies,
    IReadOnlyDictionary<TurnOutcome, int> Outcomes,
    long StrayReplies,
    TimeSpan ServerCpu)
{
    public int Answered => Outcomes[TurnOutcome.Answered];

    public int Failed => Outcomes.Where(pair => pair.Key != TurnOutcome.Answered).Sum(pair => pair.Value);

    public double TurnsPerSecond => Answered / Elapsed.TotalSeconds;

    public TimeSpan Percentile(double fraction)
    {
        if (Latencies.Length == 0)
        {
            return TimeSpan.Zero;
        }

        // Nearest rank: the smallest latency at or above which lie at most (1 - fraction) of the turns.
        var rank = (int)Math.Ceiling(fraction * Latencies.Length);
        return Stopwatch.GetElapsedTime(0, Latencies[Math.Clamp(rank - 1, 0, Latencies.Length - 1)]);
    }

    public TimeSpan ServerCpuPerTurn => Answered > 0 ? ServerCpu / Answered : TimeSpan.Zero;
}
