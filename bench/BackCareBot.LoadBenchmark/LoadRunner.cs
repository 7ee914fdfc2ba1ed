using System.Diagnostics;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// Drives one server at a fixed concurrency: a warm-up whose turns are thrown away, then the measured phase. Every
/// connection keeps exactly one turn in flight, so throughput and latency are those of a closed loop of N users
/// who never pause.
/// </summary>
internal sealed class LoadRunner(BenchmarkSettings settings, FakeConnector connector)
{
    public async Task<LoadMeasurement> RunAsync(ServerProcess server, TargetKind target, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = settings.Connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        };
        using var client = new HttpClient(handler) { Timeout = settings.RequestTimeout };
        var workers = Enumerable.Range(0, settings.Connections)
            .Select(index => new LoadWorker(
                new TurnSender(client, server.Url, connector, TimeProvider.System),
                new LoadConversation($"loadbench-{target.Name}-{index}", settings.SelectedQuestions),
                target.Delivery))
            .ToList();

        await RunPhaseAsync(workers, settings.Warmup, measured: false, cancellationToken);
        connector.Reset();
        var cpuBefore = server.CpuTime;
        var started = Stopwatch.GetTimestamp();
        var stopped = await RunPhaseAsync(workers, settings.Duration, measured: true, cancellationToken);
        var serverCpu = server.CpuTime - cpuBefore;

        var latencies = workers.SelectMany(worker => worker.Latencies).ToArray();
        Array.Sort(latencies);
        var outcomes = Enum.GetValues<TurnOutcome>().ToDictionary(outcome => outcome, outcome => workers.Sum(worker => worker.Count(outcome)));
        var strays = target.Delivery == ReplyDelivery.ExpectReplies ? connector.Received : 0;
        return new LoadMeasurement(Stopwatch.GetElapsedTime(started, stopped), latencies, outcomes, strays, serverCpu);
    }

    private static async Task<long> RunPhaseAsync(List<LoadWorker> workers, TimeSpan length, bool measured, CancellationToken cancellationToken)
    {
        if (length <= TimeSpan.Zero)
        {
            return Stopwatch.GetTimestamp();
        }

        var until = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var stopped = await Task.WhenAll(workers.Select(worker => worker.RunAsync(until, measured, cancellationToken)));
        return stopped.Max();
    }
}
