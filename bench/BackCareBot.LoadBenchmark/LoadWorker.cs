using System.Diagnostics;

namespace BackCareBot.LoadBenchmark;

/// <summary>One connection: sends a turn, waits for its answer, sends the next, until the phase ends.</summary>
internal sealed class LoadWorker(TurnSender sender, LoadConversation conversation, ReplyDelivery delivery)
{
    private readonly int[] _outcomes = new int[Enum.GetValues<TurnOutcome>().Length];

    /// <summary>Latencies of the answered turns of the measured phase, in <see cref="Stopwatch"/> ticks.</summary>
    public List<long> Latencies { get; } = [];

    public int Count(TurnOutcome outcome) => _outcomes[(int)outcome];

    /// <summary>Runs until <paramref name="until"/> (a <see cref="Stopwatch"/> timestamp) and says when it stopped.</summary>
    public async Task<long> RunAsync(long until, bool measured, CancellationToken cancellationToken)
    {
        long now;
        while ((now = Stopwatch.GetTimestamp()) < until)
        {
            var outcome = await sender.SendAsync(conversation.Next(), delivery, cancellationToken);
            if (!measured)
            {
                continue;
            }

            _outcomes[(int)outcome]++;
            if (outcome == TurnOutcome.Answered)
            {
                Latencies.Add(Stopwatch.GetTimestamp() - now);
            }
        }

        return now;
    }
}
