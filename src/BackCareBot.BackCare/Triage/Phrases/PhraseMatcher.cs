using System.Numerics;
using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// Finds every phrase of the vocabulary in a message. Phrases are indexed by their first word, so a message costs
/// a dictionary-free array look-up per word plus the few phrases that start there; each phrase is matched greedily
/// (nearest next word), which bounds the work per start to the phrase's length times its gaps.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly PhrasePattern[][] byWord;
    private readonly PhrasePattern[][] byPrefix;
    private readonly PhrasePattern[] byNumber;
    private readonly int setCount;

    public PhraseMatcher(IReadOnlyCollection<PhrasePattern> patterns, int wordCount, int setCount)
    {
        this.setCount = setCount;
        var words = Enumerable.Range(0, wordCount).Select(_ => new List<PhrasePattern>()).ToArray();
        var prefixes = Enumerable.Range(0, LexiconBuilder.MaxPrefixes).Select(_ => new List<PhrasePattern>()).ToArray();
        var numbers = new List<PhrasePattern>();
        foreach (var pattern in patterns)
        {
            var first = pattern.Slots[0];
            if (first.IsNumeric)
            {
                numbers.Add(pattern);
                continue;
            }

            foreach (var word in first.Words)
            {
                words[word].Add(pattern);
            }

            for (var bits = first.Prefixes; bits != 0; bits &= bits - 1)
            {
                prefixes[BitOperations.TrailingZeroCount(bits)].Add(pattern);
            }
        }

        byWord = [.. words.Select(list => list.ToArray())];
        byPrefix = [.. prefixes.Select(list => list.ToArray())];
        byNumber = [.. numbers];
    }

    public PhraseScan Scan(ReadOnlySpan<Token> tokens)
    {
        var scan = new PhraseScan(setCount);
        Span<int> positions = stackalloc int[PhrasePattern.MaxSlots];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Word != Lexicon.UnknownWord)
            {
                TryAll(byWord[token.Word], tokens, i, positions, scan);
            }

            for (var bits = token.Prefixes; bits != 0; bits &= bits - 1)
            {
                TryAll(byPrefix[BitOperations.TrailingZeroCount(bits)], tokens, i, positions, scan);
            }

            if (token.Number >= 0)
            {
                TryAll(byNumber, tokens, i, positions, scan);
            }
        }

        return scan;
    }

    private static void TryAll(PhrasePattern[] candidates, ReadOnlySpan<Token> tokens, int start, Span<int> positions, PhraseScan scan)
    {
        foreach (var pattern in candidates)
        {
            var used = positions[..pattern.Slots.Length];
            if (TryMatch(pattern, tokens, start, used))
            {
                scan.Add(new PhraseMatch(pattern, start, used[^1], Negation.IsNegated(tokens, used)));
            }
        }
    }

    private static bool TryMatch(PhrasePattern pattern, ReadOnlySpan<Token> tokens, int start, Span<int> positions)
    {
        var segment = tokens[start].Segment;
        if (!pattern.Slots[0].Matches(tokens[start]) || IsExcludedBefore(pattern, tokens, start, segment))
        {
            return false;
        }

        positions[0] = start;
        var previous = start;
        for (var k = 1; k < pattern.Slots.Length; k++)
        {
            var slot = pattern.Slots[k];
            var limit = Math.Min(tokens.Length - 1, previous + 1 + pattern.GapsBefore[k]);
            var found = -1;
            for (var j = previous + 1; j <= limit && tokens[j].Segment == segment; j++)
            {
                if (slot.Matches(tokens[j]))
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                return false;
            }

            positions[k] = found;
            previous = found;
        }

        var next = previous + 1;
        return pattern.ExcludedAfter is not { } after
            || next >= tokens.Length
            || tokens[next].Segment != segment
            || !after.Matches(tokens[next]);
    }

    private static bool IsExcludedBefore(PhrasePattern pattern, ReadOnlySpan<Token> tokens, int start, int segment)
    {
        if (pattern.ExcludedBefore is not { } before)
        {
            return false;
        }

        for (var p = start - 1; p >= 0 && p >= start - PhrasePattern.ExclusionReach && tokens[p].Segment == segment; p--)
        {
            if (before.Matches(tokens[p]))
            {
                return true;
            }
        }

        return false;
    }
}
