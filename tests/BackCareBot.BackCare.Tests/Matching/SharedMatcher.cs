using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>One matcher over the real knowledge, built once: it is immutable and thread-safe.</summary>
internal static class SharedMatcher
{
    public static AdviceMatcher Instance => RealBackCare.Get<AdviceMatcher>();

    public static AdviceMatch Match(string? text) => Instance.Match(MessageNormalizer.Normalize(text));
}
