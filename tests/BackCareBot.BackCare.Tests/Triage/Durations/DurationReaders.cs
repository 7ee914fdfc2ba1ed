using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage.Durations;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>
/// The duration reader twice over the same vocabulary: as it runs (<see cref="CommonTimeReader"/> first, the
/// recogniser for the rest) and with every time expression left to the recogniser, the reference it must match.
/// </summary>
internal sealed class DurationReaders
{
    private static readonly Lazy<DurationReaders> Instance = new(() => new DurationReaders());

    private readonly TriageVocabulary vocabulary = TriageVocabulary.Build(RealRules.Rules);
    private readonly PainDurationReader fast;
    private readonly PainDurationReader recognizerOnly;

    private DurationReaders()
    {
        fast = new PainDurationReader(vocabulary.Lexicon, occasions: vocabulary.Occasions);
        recognizerOnly = new PainDurationReader(vocabulary.Lexicon, readCommonExpressions: false, occasions: vocabulary.Occasions);
    }

    public static DurationReaders Shared => Instance.Value;

    public Lexicon Lexicon => vocabulary.Lexicon;

    public DurationComparison Compare(string message, DateTime reference)
    {
        var text = MessageNormalizer.Normalize(message).Text;
        var buffer = new Token[Tokenizer.MaxTokens];
        var tokens = buffer.AsSpan(0, vocabulary.Tokenizer.Tokenize(text, buffer));
        var scan = vocabulary.Matcher.Scan(tokens);
        var read = fast.Candidates(text, tokens, scan, reference, out var recognizerRan);
        var recognized = recognizerOnly.Candidates(text, tokens, scan, reference, out _);
        return new DurationComparison(message, reference, Distinct(read), Distinct(recognized), recognizerRan);
    }

    private static DurationCandidate[] Distinct(List<DurationCandidate> candidates) =>
        [.. candidates.Distinct().OrderBy(candidate => candidate.First).ThenBy(candidate => candidate.Last).ThenBy(candidate => candidate.Value)];
}
