using System.Globalization;

namespace BackCareBot.LoadBenchmark;

/// <summary>The table of targets, the throughput ratios, and the checks.</summary>
internal static class BenchmarkReport
{
    public static void WriteTable(IReadOnlyList<TargetResult> results, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Row("target", "turns/s", "p50 ms", "p99 ms", "max ms", "failed", "peak RSS MB", "1st reply ms", "CPU us/turn", "load after"));
        foreach (var result in results)
        {
            var load = result.Load;
            output.WriteLine(Row(
                result.Target.Name,
                Format(load.TurnsPerSecond, "F0"),
                Format(load.Percentile(0.50).TotalMilliseconds, "F2"),
                Format(load.Percentile(0.99).TotalMilliseconds, "F2"),
                Format(load.Percentile(1.0).TotalMilliseconds, "F1"),
                Failures(load),
                result.PeakResidentBytes is { } bytes ? Format(bytes / (1024.0 * 1024.0), "F0") : "?",
                Format(result.FirstReply.TotalMilliseconds, "F0"),
                Format(load.ServerCpuPerTurn.TotalMicroseconds, "F0"),
                result.LoadAverage));
        }

        output.WriteLine();
        WriteRatio(results, TargetKind.Bot, TargetKind.Floor, output);
        WriteRatio(results, TargetKind.FloorState, TargetKind.Floor, output);
        WriteRatio(results, TargetKind.Bot, TargetKind.FloorState, output);
        WriteRatio(results, TargetKind.BotMemory, TargetKind.Bot, output);
        WriteRatio(results, TargetKind.BotBlob, TargetKind.Bot, output);
        WriteRatio(results, TargetKind.Bot, TargetKind.JsEcho, output);
        WriteRatio(results, TargetKind.BotConnector, TargetKind.JsEchoConnector, output);
    }

    /// <summary>Writes the checks and says whether all that were measured passed.</summary>
    public static bool WriteChecks(IReadOnlyList<PerformanceCheck> checks, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var check in checks)
        {
            var verdict = check.Passed switch
            {
                true => "PASS",
                false => "MISS",
                null => "SKIP",
            };
            output.WriteLine($"  {verdict}  {check.Name}: {check.Measured}");
        }

        var missed = checks.Where(check => check.Passed == false).Select(check => check.Name).ToList();
        output.WriteLine(missed.Count == 0 ? "All measured targets met." : $"Missed: {string.Join("; ", missed)}");
        return missed.Count == 0;
    }

    private static void WriteRatio(IReadOnlyList<TargetResult> results, TargetKind numerator, TargetKind denominator, TextWriter output)
    {
        var top = results.FirstOrDefault(result => result.Target == numerator);
        var bottom = results.FirstOrDefault(result => result.Target == denominator);
        if (top is not null && bottom is not null && bottom.Load.TurnsPerSecond > 0)
        {
            output.WriteLine($"{numerator.Name}/{denominator.Name} throughput: {Format(top.Load.TurnsPerSecond / bottom.Load.TurnsPerSecond, "F2")}");
        }
    }

    private static string Failures(LoadMeasurement load)
    {
        var parts = load.Outcomes
            .Where(pair => pair.Key != TurnOutcome.Answered && pair.Value > 0)
            .Select(pair => $"{pair.Value} {pair.Key}")
            .ToList();
        if (load.StrayReplies > 0)
        {
            parts.Add($"{load.StrayReplies} stray");
        }

        return parts.Count == 0 ? "0" : string.Join(",", parts);
    }

    private static string Row(params string[] cells) =>
        $"{cells[0],-18}" + string.Concat(cells.Skip(1).Select(cell => $" {cell,12}"));

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
