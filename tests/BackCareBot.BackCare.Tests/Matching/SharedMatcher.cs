using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>One matcher over the real knowledge, built once: it is immutable and thread-safe.</summary>
internal static class SharedMatcher
{
    private static readonly Lazy<AdviceMatcher> Matcher = new(() => new AdviceMatcher(RealKnowledge.Base));

    public static AdviceMatcher Instance => Matcher.Value;

    public static AdviceMatch Match(string? text) => Matcher.Value.Match(MessageNormalizer.Normalize(text));
}
