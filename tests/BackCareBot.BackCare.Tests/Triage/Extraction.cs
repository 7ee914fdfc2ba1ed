using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>One extractor for the whole test run (building it compiles the vocabulary and warms the date recogniser) and a fixed clock.</summary>
internal static class Extraction
{
    /// <summary>A message as the bot reads it: normalised, and other languages' words read as English.</summary>
    public static NormalizedMessage Read(string? text) => RealBackCare.Get<MessageGlossary>().Gloss(MessageNormalizer.Normalize(text));

    /// <summary>Wednesday 12 November 2025, 10:00, in the person's own offset.</summary>
    public static readonly DateTimeOffset Wednesday = new(2025, 11, 12, 10, 0, 0, TimeSpan.FromHours(-5));

    public static PainFactExtractor Extractor => RealBackCare.Get<PainFactExtractor>();

    public static PainFacts Facts(string? text, DateTimeOffset? at = null) =>
        Extractor.Extract(Read(text), at ?? Wednesday);

    public static TriageAssessment Assess(string text) => TriageAssessor.Assess(Facts(text));

    public static string[] SignIds(string text) => [.. Facts(text).WarningSigns.Select(sign => sign.Id)];

    public static double? DurationDays(string text, DateTimeOffset? at = null) => Facts(text, at).Duration?.TotalDays;
}
