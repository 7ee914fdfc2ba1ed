using System.Globalization;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Rules;

/// <summary>
/// Every example and counter-example written beside a rule in <c>dialogs/rules/</c>, run against the bot's own
/// extractor: an example must be recognised by its rule, a counter-example must not. A reviewer who adds a phrase
/// sees here which messages it newly catches or breaks.
/// </summary>
public sealed class RuleExamplesTests
{
    private static readonly Lazy<TriageVocabulary> Vocabulary = new(() => TriageVocabulary.Build(RealRules.Rules));

    public static TheoryData<string, string, string> Examples => Cases(rule => rule.Examples);

    public static TheoryData<string, string, string> CounterExamples => Cases(rule => rule.CounterExamples);

    public static TheoryData<string, double, string> DurationExamples
    {
        get
        {
            var data = new TheoryData<string, double, string>();
            foreach (var rule in RealRules.Rules.Durations)
            {
                foreach (var example in rule.Examples)
                {
                    data.Add(rule.Phrase, rule.Value.TotalDays, example);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsRecognisedByItsRule(string file, string rule, string message) =>
        Assert.True(Recognises(rule, message), $"{file}: rule '{rule}' does not recognise its example \"{message}\"");

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void CounterExample_IsNotRecognisedByItsRule(string file, string rule, string message) =>
        Assert.False(Recognises(rule, message), $"{file}: rule '{rule}' recognises its counter-example \"{message}\"");

    [Theory]
    [MemberData(nameof(DurationExamples))]
    public void DurationExample_LastsAsLongAsItsPhraseSays(string phrase, double days, string message) =>
        Assert.True(Extraction.DurationDays(message) == days, $"durations.yaml: '{phrase}' read \"{message}\" as {Extraction.DurationDays(message)} days, not {days}");

    public static TheoryData<string, string, string, double> OccasionExamples
    {
        get
        {
            var data = new TheoryData<string, string, string, double>();
            foreach (var rule in RealRules.Rules.Occasions)
            {
                foreach (var example in rule.Examples)
                {
                    data.Add(rule.Phrase, example.Message, example.Written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), example.Days);
                }
            }

            return data;
        }
    }

    /// <summary>Written at 10:00 on its day: the whole days since the occasion began are the example's days.</summary>
    [Theory]
    [MemberData(nameof(OccasionExamples))]
    public void OccasionExample_LastsSinceTheLatestTimeItFell(string phrase, string message, string written, double days)
    {
        var at = new DateTimeOffset(DateOnly.ParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var read = Extraction.DurationDays(message, at);
        Assert.True(read is { } value && Math.Floor(value) == days, $"durations.yaml: occasion '{phrase}' read \"{message}\" written {written} as {read} days, not {days}");
    }

    [Fact]
    public void EveryRule_HasExamplesAndCounterExamples() =>
        Assert.All(RealRules.Rules.PhraseRules, rule =>
        {
            Assert.NotEmpty(rule.Examples);
            Assert.NotEmpty(rule.CounterExamples);
        });

    private static TheoryData<string, string, string> Cases(Func<PhraseRule, IReadOnlyList<string>> messages)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in RealRules.Rules.PhraseRules)
        {
            foreach (var message in messages(rule))
            {
                data.Add(Path.GetFileName(rule.File), rule.Name, message);
            }
        }

        return data;
    }

    /// <summary>What the rule means for the message, read the way the triage reads it.</summary>
    private static bool Recognises(string rule, string message)
    {
        var facts = Extraction.Facts(message);
        return rule switch
        {
            "pain" => facts.PainMentioned,
            "sharp" => facts.Sharpness == Sharpness.Sharp,
            "not-sharp" => facts.Sharpness == Sharpness.NotSharp,
            "crisis" => facts.Crisis,
            "pregnant" => facts.Pregnant,
            "other-body-part" => facts.OtherBodyPartOnly,
            "symptom-context" => Affirmed(PhraseSet.SymptomContext, message),
            "new-onset" => Affirmed(PhraseSet.NewOnset, message),
            "minor-trauma" => Affirmed(PhraseSet.MinorTrauma, message),
            "routine-concern" => facts.RoutineConcern,
            "lower-back" => Affirmed(PhraseSet.LowerBack, message),
            "stiffness" => Affirmed(PhraseSet.Stiffness, message),
            "past" => Affirmed(PhraseSet.Past, message),
            "hypothetical" => Affirmed(PhraseSet.Hypothetical, message),
            "laughs-off" => Affirmed(PhraseSet.LaughsOff, message),
            "joins-their-event" => Affirmed(PhraseSet.JoinsTheirEvent, message),
            "resolved" => Affirmed(PhraseSet.Resolved, message),
            "other-person" => Affirmed(PhraseSet.OtherPerson, message),
            "non-human" => Affirmed(PhraseSet.NonHuman, message),
            "self-subject" => Affirmed(PhraseSet.SelfSubject, message),
            "self-object" => Affirmed(PhraseSet.SelfObject, message),
            "turn-to-self" => facts.TurnsToSelf,
            _ when RealRules.Rules.Screening.Any(concept => concept.Id == rule) => facts.Screening.Contains(rule),
            _ => facts.WarningSigns.Any(sign => sign.Id == rule),
        };
    }

    private static bool Affirmed(int set, string message)
    {
        var vocabulary = Vocabulary.Value;
        var buffer = new Token[Tokenizer.MaxTokens];
        var tokens = buffer.AsSpan(0, vocabulary.Tokenizer.Tokenize(Extraction.Read(message).Text, buffer));
        return vocabulary.Matcher.Scan(tokens).IsAffirmed(set);
    }
}
