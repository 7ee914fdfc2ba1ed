using System.Globalization;
using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// Compiles the phrase notation used by the vocabulary files. Elements are separated by spaces:
/// <list type="bullet">
/// <item><c>word</c>, <c>word|other</c>: one word, any of the alternatives; <c>stab*</c> is a prefix;
/// <c>@class</c> stands for a word class's alternatives.</item>
/// <item><c>..</c> (or <c>..6</c>): up to <see cref="DefaultGap"/> (or 6) other words may stand before the next slot.</item>
/// <item><c>#51-120</c>: a number in that range ("60", "sixty").</item>
/// <item><c>!a|b</c> first: the phrase does not count after these words; last: not before this word.</item>
/// <item><c>a &amp; b &amp; c</c>: each element somewhere within <see cref="PhrasePattern.UnorderedSpan"/> words of the
/// others, in any order ("both legs numb", "numb in both legs", "legs, both of them, numb"); a concept pair, not a
/// word order.</item>
/// </list>
/// Adjacent slots must be adjacent words. A phrase never spans two segments (see <see cref="Token.Segment"/>).
/// </summary>
internal sealed class PhrasePatternParser(LexiconBuilder lexicon, IReadOnlyDictionary<string, string> wordClasses)
{
    public const int DefaultGap = 4;

    public PhrasePattern Parse(string phrase, int set, TimeSpan value = default)
    {
        if (phrase.Contains(" & ", StringComparison.Ordinal))
        {
            return ParseUnordered(phrase, set);
        }

        var elements = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (elements.Contains("&"))
        {
            throw Invalid(phrase, "'&' stands between two elements");
        }

        var slots = new List<PatternSlot>();
        var gaps = new List<int>();
        PatternSlot? excludedBefore = null;
        PatternSlot? excludedAfter = null;
        var pendingGap = 0;
        for (var index = 0; index < elements.Length; index++)
        {
            var element = elements[index];
            if (element.StartsWith('!'))
            {
                var excluded = ParseAlternatives(element[1..], phrase);
                if (index == 0)
                {
                    excludedBefore = excluded;
                }
                else if (index == elements.Length - 1)
                {
                    excludedAfter = excluded;
                }
                else
                {
                    throw Invalid(phrase, "'!' belongs first or last");
                }
            }
            else if (element.StartsWith("..", StringComparison.Ordinal))
            {
                pendingGap = element.Length == 2 ? DefaultGap : int.Parse(element.AsSpan(2), CultureInfo.InvariantCulture);
            }
            else
            {
                if (pendingGap > 0 && slots.Count == 0)
                {
                    throw Invalid(phrase, "a gap needs a word before it");
                }

                slots.Add(element.StartsWith('#') ? ParseNumber(element, phrase) : ParseAlternatives(element, phrase));
                gaps.Add(pendingGap);
                pendingGap = 0;
            }
        }

        if (slots.Count == 0 || slots.Count > PhrasePattern.MaxSlots || pendingGap > 0)
        {
            throw Invalid(phrase, $"a phrase has 1 to {PhrasePattern.MaxSlots} words and ends with a word");
        }

        return new PhrasePattern(phrase, set, [.. slots], [.. gaps], excludedBefore, excludedAfter, value);
    }

    private PhrasePattern ParseUnordered(string phrase, int set)
    {
        var elements = phrase.Split(" & ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (elements.Length is < 2 or > PhrasePattern.MaxSlots
            || elements.Any(element => element.Contains(' ', StringComparison.Ordinal) || element.StartsWith('!')))
        {
            throw Invalid(phrase, "'&' joins 2 to 8 single elements (words, alternatives, @classes or #numbers), nothing else");
        }

        var slots = elements.Select(element => element.StartsWith('#') ? ParseNumber(element, phrase) : ParseAlternatives(element, phrase)).ToArray();
        return new PhrasePattern(phrase, set, slots, new int[slots.Length], null, null, default, unordered: true);
    }

    private PatternSlot ParseAlternatives(string element, string phrase)
    {
        var words = new List<int>();
        ulong prefixes = 0;
        foreach (var alternative in Expand(element, phrase, depth: 0))
        {
            if (alternative.EndsWith('*'))
            {
                prefixes |= lexicon.Prefix(alternative[..^1]);
            }
            else
            {
                words.Add(lexicon.Word(alternative));
            }
        }

        return new PatternSlot([.. words.Distinct()], prefixes);
    }

    private IEnumerable<string> Expand(string element, string phrase, int depth)
    {
        if (depth > 3)
        {
            throw Invalid(phrase, "word classes nest too deeply");
        }

        foreach (var alternative in element.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!alternative.StartsWith('@'))
            {
                yield return alternative;
                continue;
            }

            if (!wordClasses.TryGetValue(alternative[1..], out var members))
            {
                throw Invalid(phrase, $"unknown word class {alternative}");
            }

            foreach (var member in Expand(members, phrase, depth + 1))
            {
                yield return member;
            }
        }
    }

    private static PatternSlot ParseNumber(string element, string phrase)
    {
        var range = element[1..].Split('-');
        if (range.Length != 2
            || !int.TryParse(range[0], NumberStyles.None, CultureInfo.InvariantCulture, out var min)
            || !int.TryParse(range[1], NumberStyles.None, CultureInfo.InvariantCulture, out var max)
            || min > max)
        {
            throw Invalid(phrase, $"'{element}' is not a number range like #51-120");
        }

        return new PatternSlot([], 0, min, max);
    }

    private static FormatException Invalid(string phrase, string problem) => new($"Phrase '{phrase}': {problem}.");
}
