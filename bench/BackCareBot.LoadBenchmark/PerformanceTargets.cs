namespace BackCareBot.LoadBenchmark;

/// <summary>
/// What BackCareBot must do at the benchmark's concurrency, all read from the <c>bot</c> (expectReplies) target:
/// at least half the floor's throughput, a p99 that a person never notices, memory that fits a small App Service
/// plan, a first reply quick enough for a scale-out, and no turn left unanswered.
/// </summary>
internal static class PerformanceTargets
{
    public const double MinThroughputVersusFloor = 0.5;
    public const double MaxP99Milliseconds = 10;
    public const double MaxPeakResidentMegabytes = 200;
    public const double MaxFirstReplySeconds = 2;

    public static IReadOnlyList<PerformanceCheck> Evaluate(IReadOnlyList<TargetResult> results)
    {
        var bot = results.FirstOrDefault(result => result.Target == TargetKind.Bot);
        var floor = results.FirstOrDefault(result => result.Target == TargetKind.Floor);
        var ratio = bot is not null && floor is not null && floor.Load.TurnsPerSecond > 0
            ? bot.Load.TurnsPerSecond / floor.Load.TurnsPerSecond
            : (double?)null;
        var p99 = bot?.Load.Percentile(0.99).TotalMilliseconds;
        var rss = bot?.PeakResidentBytes / (1024.0 * 1024.0);
        var firstReply = bot?.FirstReply.TotalSeconds;
        return
        [
            Check($"bot/floor throughput >= {MinThroughputVersusFloor:F2}", ratio, value => value >= MinThroughputVersusFloor, "F2"),
            Check($"bot p99 <= {MaxP99Milliseconds:F0} ms", p99, value => value <= MaxP99Milliseconds, "F2", " ms"),
            Check($"bot peak RSS <= {MaxPeakResidentMegabytes:F0} MB", rss, value => value <= MaxPeakResidentMegabytes, "F0", " MB"),
            Check($"bot first reply <= {MaxFirstReplySeconds:F0} s", firstReply, value => value <= MaxFirstReplySeconds, "F2", " s"),
            Check("bot answered every turn", bot?.Load.Failed + bot?.Load.StrayReplies, value => value == 0, "F0", " failed"),
        ];
    }

    private static PerformanceCheck Check(string name, double? measured, Func<double, bool> passes, string format, string unit = "") =>
        measured is { } value
            ? new PerformanceCheck(name, passes(value), value.ToString(format, System.Globalization.CultureInfo.InvariantCulture) + unit)
            : new PerformanceCheck(name, null, "not measured");
}
