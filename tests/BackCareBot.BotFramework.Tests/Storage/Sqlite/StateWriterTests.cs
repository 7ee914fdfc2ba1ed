using BackCareBot.Storage.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>The queue in front of the writer's connection: one work at a time, in order, cancellable while it waits.</summary>
public sealed class StateWriterTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TempStateFolder _folder = new();
    private readonly StateWriter _writer;

    public StateWriterTests()
    {
        _writer = new StateWriter(StateConnection.Open($"Data Source={_folder.PathOf()};Pooling=False", "PRAGMA busy_timeout = 1000;"));
    }

    [Fact]
    public async Task RunAsync_WhileAnotherWorkRuns_WaitsAndRunsInTheOrderQueued()
    {
        using var release = new ManualResetEventSlim();
        var order = new List<int>();
        var first = RunBlockedAsync(release, order);

        var queued = Enumerable.Range(2, 5).Select(n => _writer.RunAsync(_ => Record(order, n), CancellationToken.None)).ToArray();
        Assert.All(queued, task => Assert.False(task.IsCompleted));
        release.Set();
        await Task.WhenAll([first, .. queued]).WaitAsync(Patience);

        Assert.Equal([1, 2, 3, 4, 5, 6], order);
    }

    [Fact]
    public async Task RunAsync_CancelledWhileWaiting_NeverRuns()
    {
        using var release = new ManualResetEventSlim();
        var order = new List<int>();
        var first = RunBlockedAsync(release, order);
        using var cancellation = new CancellationTokenSource();

        var cancelled = _writer.RunAsync(_ => Record(order, 2), cancellation.Token);
        var after = _writer.RunAsync(_ => Record(order, 3), CancellationToken.None);
        await cancellation.CancelAsync();
        release.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Patience));
        await Task.WhenAll(first, after).WaitAsync(Patience);
        Assert.Equal([1, 3], order);
    }

    [Fact]
    public async Task TryRunNow_WhileAnotherWorkRuns_RunsNothingAndSaysSo()
    {
        using var release = new ManualResetEventSlim();
        var first = RunBlockedAsync(release, []);

        var ran = _writer.TryRunNow(_ => true, out var result);
        release.Set();
        await first.WaitAsync(Patience);

        Assert.False(ran);
        Assert.False(result);
        Assert.True(_writer.TryRunNow(_ => true, out result));
        Assert.True(result);
    }

    [Fact]
    public async Task RunAsync_WorkThatThrows_FailsOnlyItsOwnTask()
    {
        using var release = new ManualResetEventSlim();
        var first = RunBlockedAsync(release, []);

        var failing = _writer.RunAsync(_ => throw new InvalidOperationException("broken"), CancellationToken.None);
        var next = _writer.RunAsync(_ => 7, CancellationToken.None);
        release.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.WaitAsync(Patience));
        Assert.Equal(7, await next.WaitAsync(Patience));
        await first;
    }

    [Fact]
    public async Task Dispose_WaitsForTheWorkAlreadyAccepted_ThenRefusesMore()
    {
        using var release = new ManualResetEventSlim();
        var order = new List<int>();
        var first = RunBlockedAsync(release, order);
        var queued = _writer.RunAsync(_ => Record(order, 2), CancellationToken.None);

        var disposing = Task.Run(_writer.Dispose);
        await Task.Delay(100);
        Assert.False(disposing.IsCompleted);
        release.Set();
        await disposing.WaitAsync(Patience);

        Assert.Equal([1, 2], order);
        Assert.Equal(2, await queued);
        await first;
        Assert.Throws<ObjectDisposedException>(() => { _ = _writer.RunAsync(_ => 3, CancellationToken.None); });
    }

    public void Dispose()
    {
        _writer.Dispose();
        _folder.Dispose();
    }

    /// <summary>Starts work that holds the connection until <paramref name="release"/> is set, and waits until it does.</summary>
    private Task<int> RunBlockedAsync(ManualResetEventSlim release, List<int> order)
    {
        using var started = new ManualResetEventSlim();
        var task = Task.Run(() => _writer.RunAsync(
            _ =>
            {
                started.Set();
                release.Wait(Patience);
                return Record(order, 1);
            },
            CancellationToken.None));
        Assert.True(started.Wait(Patience));
        return task;
    }

    private static int Record(List<int> order, int value)
    {
        lock (order)
        {
            order.Add(value);
        }

        return value;
    }
}
