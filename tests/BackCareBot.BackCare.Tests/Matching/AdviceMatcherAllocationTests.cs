using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>
/// Matching runs on every message, so it must not allocate per word: only the result (the ranked array and the
/// match record) may be allocated, however long the message and however many unknown or misspelled words it has.
/// </summary>
public sealed class AdviceMatcherAllocationTests
{
    private const long ResultBudgetBytes = 512;

    [Theory]
    [InlineData("how do i stretch my hamstrings")]
    [InlineData("my lower back gets realy stiff after sitting at my desk all day, what strech helps? thx")]
    [InlineData("what is the capital of france and who wrote the iliad and why is the sky blue")]
    public void Match_AllocatesOnlyItsResult(string text)
    {
        var message = MessageNormalizer.Normalize(text);
        var matcher = SharedMatcher.Instance;
        matcher.Match(message);

        var before = GC.GetAllocatedBytesForCurrentThread();
        matcher.Match(message);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(allocated, 0, ResultBudgetBytes);
    }
}
