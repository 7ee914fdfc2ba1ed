namespace BackCareBot.LoadBenchmark;

/// <summary>The whole run: each target started in turn, timed to its first reply, loaded, measured and stopped.</summary>
internal static class LoadBenchmarkRun
{
    public static async Task<int> RunAsync(BenchmarkSettings settings, TextWriter output)
    {
        output.WriteLine($"Machine: {MachineInfo.Describe()}");
        output.WriteLine($"Load average at start: {MachineInfo.LoadAverage()}");
        output.WriteLine(
            $"{settings.Connections} connections, {settings.Warmup.TotalSeconds:F0} s warm-up + {settings.Duration.TotalSeconds:F0} s measured per target, " +
            $"questions: {settings.QuestionSet} ({settings.SelectedQuestions.Count}), targets: {string.Join(", ", settings.Targets.Select(target => target.Name))}");
        output.WriteLine(settings.AsShipped
            ? "Bot runtime: as shipped (DOTNET_GCgen0size=0x800000, set by the Dockerfile, the Azure template and launchSettings.json)"
            : "Bot runtime: the .NET defaults (--runtime default)");
        if (settings.BotSettings.Count > 0)
        {
            output.WriteLine($"Bot settings: {string.Join(' ', settings.BotSettings)}");
        }

        using var deadline = new CancellationTokenSource(settings.TotalTimeout);
        var results = new List<TargetResult>();
        try
        {
            await using var connector = await FakeConnector.StartAsync(deadline.Token);
            var runner = new LoadRunner(settings, connector);
            foreach (var target in settings.Targets)
            {
                output.WriteLine($"{target.Name}: starting...");
                var result = await MeasureAsync(target, settings, runner, connector, deadline.Token);
                output.WriteLine(
                    $"{target.Name}: {result.Load.TurnsPerSecond:F0} turns/s, p99 {result.Load.Percentile(0.99).TotalMilliseconds:F2} ms, " +
                    $"first reply {result.FirstReply.TotalMilliseconds:F0} ms, load {result.LoadAverage}");
                results.Add(result);
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or OperationCanceledException
            or System.ComponentModel.Win32Exception)
        {
            output.WriteLine($"The benchmark could not run: {exception.Message}");
            return ExitCodes.CouldNotRun;
        }

        BenchmarkReport.WriteTable(results, output);
        return BenchmarkReport.WriteChecks(PerformanceTargets.Evaluate(results), output) ? ExitCodes.TargetsMet : ExitCodes.TargetMissed;
    }

    private static async Task<TargetResult> MeasureAsync(
        TargetKind target, BenchmarkSettings settings, LoadRunner runner, FakeConnector connector, CancellationToken cancellationToken)
    {
        await using var server = await ServerLauncher.StartAsync(target, settings, cancellationToken);
        connector.Reset();
        var firstReply = await FirstReplyProbe.WaitAsync(server, connector, settings.StartupTimeout, cancellationToken);
        var load = await runner.RunAsync(server, target, cancellationToken);
        if (server.HasExited)
        {
            throw new InvalidOperationException($"{target.Name} exited during the run:{Environment.NewLine}{server.LastOutput()}");
        }

        return new TargetResult(target, firstReply, load, server.PeakResidentBytes(), MachineInfo.LoadAverage());
    }
}
