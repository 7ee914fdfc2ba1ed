using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Text;
using BenchmarkDotNet.Attributes;

namespace BackCareBot.Benchmarks;

/// <summary>
/// The whole understanding step (normalise, match, extract pain facts, triage) per message, against a floor in
/// the same run: normalising the text alone, the least any analysis has to do.
/// Targets: median under 50 µs without a time expression; with one, under 10 µs for the common forms BackCareBot
/// reads itself and under 1 ms for one left to the date recogniser ("on the 3rd of October"); allocations flat
/// across calls.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class UnderstandingBenchmarks
{
    private static readonly DateTimeOffset MessageTime = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private BackCareUnderstanding understanding = null!;
    private BackCareDecider decider = null!;

    [Params(
        "how long do I hold the hamstring stretch?",
        "is a foam roller any good for a stiff lower back after sitting all day",
        "I have a sharp pain in my lower back when I stand up",
        "my lower back has hurt for two weeks",
        "started 3 weeks ago, can't control my bladder since yesterday",
        "my lower back has been sore for about two weeks now",
        "my lower back has been stiff and sore since last Friday",
        "my lower back hurts and since this morning I can't control my bladder",
        "what stretches help a stiff lower back after sitting all day?",
        "it started on the 3rd of October")]
    public string Message { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        understanding = UnderstandingFactory.Create();
        understanding.Understand(Message, MessageTime);
        decider = UnderstandingFactory.CreateDecider();
        decider.Decide(Message, MessageTime, ConversationContext.New);
    }

    [Benchmark(Baseline = true, Description = "floor: normalise only")]
    public object Normalise() => MessageNormalizer.Normalize(Message);

    [Benchmark(Description = "understand (match + triage)")]
    public Understanding Understand() => understanding.Understand(Message, MessageTime);

    /// <summary>What a turn pays: the understanding plus the decision in the conversation's context.</summary>
    [Benchmark(Description = "decide (the turn's decision)")]
    public TurnDecision Decide() => decider.Decide(Message, MessageTime, ConversationContext.New);
}
