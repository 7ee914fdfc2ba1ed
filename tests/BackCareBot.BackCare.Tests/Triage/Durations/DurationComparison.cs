using System.Globalization;
using BackCareBot.BackCare.Triage.Durations;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>What the duration reader found in one message, and what the recogniser alone found.</summary>
internal sealed record DurationComparison(
    string Message,
    DateTime Reference,
    DurationCandidate[] Read,
    DurationCandidate[] Recognized,
    bool RecognizerRan)
{
    public bool Agrees => Read.SequenceEqual(Recognized);

    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"\"{Message}\" at {Reference:yyyy-MM-dd ddd HH:mm:ss.fff}: read [{Describe(Read)}], recogniser [{Describe(Recognized)}]{(RecognizerRan ? " (recogniser ran)" : "")}");

    private static string Describe(DurationCandidate[] candidates) =>
        string.Join("; ", candidates.Select(candidate => string.Create(
            CultureInfo.InvariantCulture,
            $"{candidate.Value.TotalDays:0.#####} d @{candidate.First}-{candidate.Last}")));
}
