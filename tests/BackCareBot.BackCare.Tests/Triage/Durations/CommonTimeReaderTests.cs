using System.Text.Json;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>
/// Differential tests: the duration reader, which reads the common time expressions itself, must find exactly the
/// durations (value and words spanned) that the recogniser alone finds in the same message at the same time, for
/// every form the reader knows, and must not call the recogniser for them.
/// </summary>
public sealed class CommonTimeReaderTests
{
    private const int ShownDisagreements = 15;

    public static TheoryData<DateTime> References => [.. CommonTimeCorpus.References];

    [Fact]
    public void Lengths_AgreeWithTheRecogniser() =>
        AssertAgree(CommonTimeCorpus.Lengths(), CommonTimeCorpus.FewReferences);

    /// <summary>A length does not depend on the day: one reference, with milliseconds on its clock.</summary>
    [Fact]
    public void ModifiedLengths_AgreeWithTheRecogniser() =>
        AssertAgree(CommonTimeCorpus.Modified(), [CommonTimeCorpus.FewReferences[^1]]);

    [Theory]
    [MemberData(nameof(References))]
    public void Points_AgreeWithTheRecogniserAtEveryReference(DateTime reference) =>
        AssertAgree(CommonTimeCorpus.Points(), [reference]);

    [Fact]
    public void PlainNeighbours_AgreeWithTheRecogniser() =>
        AssertAgree(CommonTimeCorpus.Neighbours(TimeVocabulary.VerifiedNeighbours.Keys.Concat(TimeExpressionWords.PassOver).Concat(TimeExpressionWords.PlainWords)), CommonTimeCorpus.FewReferences);

    [Theory]
    [MemberData(nameof(References))]
    public void EvaluationMessages_AgreeWithTheRecogniser(DateTime reference) =>
        AssertAgree(EvaluationMessages().Where(message => !InAnotherLanguage(message)).Select(message => (message, false)), [reference]);

    /// <summary>The English recogniser cannot read "dos semanas"; those lengths are the common reader's alone.</summary>
    private static bool InAnotherLanguage(string message) =>
        message.ToLowerInvariant().Split([' ', ',', '.', '?', '!', ';', ':']).Any(word => TimeExpressionWords.OtherLanguageUnits.Any(unit => unit.Word == word));

    /// <summary>
    /// Readings of the recogniser that are debatable for a back-pain duration. The reader reproduces each (no case
    /// differs), so BackCareBot's triage is what it was; the reason says why the reading is kept.
    /// </summary>
    public static TheoryData<string, DateTime, double?, string> KeptReadings => new()
    {
        { "my back has hurt since last monday", new(2025, 11, 12, 10, 0, 0, DateTimeKind.Unspecified), 9 + (10 / 24.0),
            "\"last Monday\" on a Wednesday is the Monday of last week, 9 days; over-triage is the safer error" },
        { "my back has hurt since wednesday", new(2025, 11, 12, 10, 0, 0, DateTimeKind.Unspecified), 7,
            "\"since Wednesday\" said on a Wednesday means last week's: a week to the day, not more" },
        { "my back has hurt no more than a week", new(2025, 11, 12, 10, 0, 0, DateTimeKind.Unspecified), 8,
            "the recogniser reads \"no more than\" as \"more than\"; over-triage is the safer error" },
        { "my back has hurt since this morning", new(2025, 11, 12, 7, 0, 0, DateTimeKind.Unspecified), 0,
            "\"this morning\" starts at 8 am; said at 7 am it is new pain today" },
        { "my back has hurt since the weekend", new(2025, 11, 17, 10, 0, 0, DateTimeKind.Unspecified), 2 + (10 / 24.0),
            "the recogniser gives the coming weekend; RecognizedTime takes the one before" },
        { "my back hurts 8 hours a day", new(2025, 11, 12, 10, 0, 0, DateTimeKind.Unspecified), null,
            "the recogniser reads 32 hours; DurationContext rejects it as a frequency" },
        { "my back has hurt for about 10 days ago", new(2025, 11, 12, 10, 0, 0, DateTimeKind.Unspecified), 10 + (10 / 24.0),
            "\"ago\" counts from midnight 10 days back, so the hours of today are added" },
    };

    [Theory]
    [MemberData(nameof(KeptReadings))]
    public void DebatableReading_IsKeptWithoutTheRecogniser(string message, DateTime reference, double? days, string reason)
    {
        var comparison = DurationReaders.Shared.Compare(message, reference);

        Assert.True(comparison.Agrees && !comparison.RecognizerRan, $"{comparison} ({reason})");
        var found = comparison.Read.Select(candidate => (double?)candidate.Value.TotalDays).Max();
        Assert.Equal(days is null, found is null);
        Assert.Equal(days ?? 0, found ?? 0, precision: 6);
    }

    [Theory]
    [InlineData(1, 1, 2)]
    [InlineData(9999, 12, 30)]
    public void ClockAtTheEndsOfTheCalendar_LeavesTimeExpressionsToTheRecogniser(int year, int month, int day)
    {
        var comparison = DurationReaders.Shared.Compare("since last friday, 3 years ago, for two weeks", new DateTime(year, month, day, 10, 0, 0, DateTimeKind.Unspecified));

        Assert.True(comparison.RecognizerRan && comparison.Agrees, comparison.ToString());
    }

    [Fact]
    public void ExpressionsTheWordsAroundMayChange_AreLeftToTheRecogniser()
    {
        var comparisons = CommonTimeCorpus.LeftToTheRecogniser
            .SelectMany(message => CommonTimeCorpus.FewReferences.Select(reference => DurationReaders.Shared.Compare(message, reference)))
            .ToList();

        Assert.Empty(comparisons.Where(comparison => !comparison.RecognizerRan || !comparison.Agrees).Select(comparison => comparison.ToString()));
    }

    private static void AssertAgree(IEnumerable<(string Text, bool MustRead)> corpus, IReadOnlyList<DateTime> references)
    {
        var disagreements = new List<string>();
        var notRead = new List<string>();
        var count = 0;
        foreach (var (text, mustRead) in corpus)
        {
            foreach (var reference in references)
            {
                var comparison = DurationReaders.Shared.Compare(text, reference);
                count++;
                if (!comparison.Agrees)
                {
                    disagreements.Add(comparison.ToString());
                }
                else if (mustRead && comparison.RecognizerRan)
                {
                    notRead.Add(comparison.ToString());
                }
            }
        }

        Assert.True(count > 0);
        Assert.True(
            disagreements.Count == 0 && notRead.Count == 0,
            $"{disagreements.Count} of {count} disagree with the recogniser, e.g.\n{string.Join('\n', disagreements.Take(ShownDisagreements))}\n"
            + $"{notRead.Count} common forms were left to the recogniser, e.g.\n{string.Join('\n', notRead.Take(ShownDisagreements))}");
    }

    private static IEnumerable<string> EvaluationMessages()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(RepositoryFolders.Knowledge))!;
        foreach (var line in File.ReadLines(Path.Combine(root, "tests", "Evaluation", "backcare.jsonl")))
        {
            using var document = JsonDocument.Parse(line);
            foreach (var turn in document.RootElement.GetProperty("turns").EnumerateArray())
            {
                yield return turn.GetString()!;
            }
        }
    }
}
