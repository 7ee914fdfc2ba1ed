using BackCareBot.BackCare;

namespace BackCareBot.Benchmarks;

/// <summary>
/// Checks that the understanding step's allocations do not grow across calls (no cache that fills forever, no
/// per-call state kept): allocated bytes per call early and late in a long run, and the heap retained after it.
/// Run with <c>--allocation-check</c>; exits non-zero when the late calls allocate more or the heap grew.
/// </summary>
internal static class AllocationCheck
{
    private const int Calls = 20_000;
    private const int Window = 2_000;

    private static readonly string[] Messages =
    [
        "how long do I hold the hamstring stretch?",
        "I have a sharp pain in my lower back when I stand up",
        "my lower back has hurt for two weeks",
        "is a foam roller any good",
        "started 3 weeks ago and now I can't control my bladder",
    ];

    public static int Run()
    {
        var understanding = UnderstandingFactory.Create();
        var time = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        RunCalls(understanding, time, Window);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

        var early = BytesPerCall(understanding, time);
        RunCalls(understanding, time, Calls);
        var late = BytesPerCall(understanding, time);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);

        var grew = late > early * 1.05 + 64;
        var retained = heapAfter - heapBefore;
        Console.WriteLine($"allocated per call: first {early:F0} B, after {Calls:N0} more calls {late:F0} B");
        Console.WriteLine($"heap retained across the run: {retained:N0} B");
        var pass = !grew && retained < 256 * 1024;
        Console.WriteLine(pass ? "PASS: allocations flat across calls" : "FAIL: allocations grow across calls");
        return pass ? 0 : 1;
    }

    private static double BytesPerCall(BackCareUnderstanding understanding, DateTimeOffset time)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        RunCalls(understanding, time, Window);
        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Window;
    }

    private static void RunCalls(BackCareUnderstanding understanding, DateTimeOffset time, int count)
    {
        for (var i = 0; i < count; i++)
        {
            understanding.Understand(Messages[i % Messages.Length], time);
        }
    }
}
