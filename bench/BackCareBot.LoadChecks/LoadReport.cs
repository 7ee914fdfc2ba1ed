using System.Globalization;

namespace BackCareBot.LoadChecks;

/// <summary>The figures the check prints: counts, reply latency percentiles, elapsed time, and every failure.</summary>
internal static class LoadReport
{
    private const int MaxFailuresShown = 20;

    public static bool Print(LoadCheckSettings settings, IReadOnlyList<SessionResult> results, TimeSpan elapsed, TextWriter output)
    {
        var latencies = results.SelectMany(result => result.ReplyLatenciesMs).Order().ToArray();
        var failures = results.SelectMany(result => result.Failures).ToList();
        var expectedReplies = settings.Conversations * settings.MessagesPerConversation;
        output.WriteLine(Invariant($"Conversations:      {settings.Conversations} concurrent over WebSockets"));
        output.WriteLine(Invariant($"Messages:           {expectedReplies} sent, {latencies.Length} replies received"));
        output.WriteLine(Invariant($"Activities:         {results.Sum(result => result.ActivitiesReceived)} received on the streams"));
        if (latencies.Length > 0)
        {
            output.WriteLine(Invariant($"Reply latency (ms): p50 {Percentile(latencies, 0.50):F1}, p90 {Percentile(latencies, 0.90):F1}, p99 {Percentile(latencies, 0.99):F1}, max {latencies[^1]:F1}"));
        }

        output.WriteLine(Invariant($"Total time:         {elapsed.TotalSeconds:F1} s ({expectedReplies / Math.Max(elapsed.TotalSeconds, 0.001):F0} messages/s)"));
        var passed = failures.Count == 0 && latencies.Length == expectedReplies;
        output.WriteLine(passed
            ? "Result:             PASS: no activity lost or duplicated, every reply received exactly once, watermarks monotonic"
            : Invariant($"Result:             FAIL: {failures.Count} problems"));
        foreach (var failure in failures.Take(MaxFailuresShown))
        {
            output.WriteLine($"  {failure}");
        }

        return passed;
    }

    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
