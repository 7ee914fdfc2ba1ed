using System.Numerics;
using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// Finds every phrase of the vocabulary in a message. Phrases are indexed by their first word, so a message costs
/// a dictionary-free array look-up per word plus the few phrases that start there; each phrase is matched nearest next word first,
/// backing up when a later word cannot follow; gaps of a few words keep that search small.
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
        var present = WordBloom.Of(tokens);
        Span<int> positions = stackalloc int[PhrasePattern.MaxSlots];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Word != Lexicon.UnknownWord)
            {
                TryAll(byWord[token.Word], tokens, i, present, positions, scan);
            }

            for (var bits = token.Prefixes; bits != 0; bits &= bits - 1)
            {
                TryAll(byPrefix[BitOperations.TrailingZeroCount(bits)], tokens, i, present, positions, scan);
            }

            if (token.Number >= 0)
            {
                TryAll(byNumber, tokens, i, present, positions, scan);
            }
        }

        return scan;
    }

    private static void TryAll(PhrasePattern[] candidates, ReadOnlySpan<Token> tokens, int start, in WordBloom present, Span<int> positions, PhraseScan scan)
    {
        foreach (var pattern in candidates)
        {
            if (!MayMatch(pattern, present))
            {
                continue;
            }

            var used = positions[..pattern.Slots.Length];
            if (pattern.Unordered ? TryMatchUnordered(pattern, tokens, start, used) : TryMatch(pattern, tokens, start, used))
            {
                var window = pattern.Set == PhraseSet.Crisis ? Negation.CrisisWindow : Negation.Window;
                scan.Add(new PhraseMatch(pattern, used[0], used[^1], Negation.IsNegated(tokens, used, window)));
            }
        }
    }

    /// <summary>Every slot after the first (which the index already placed) may have a word in the message.</summary>
    private static bool MayMatch(PhrasePattern pattern, in WordBloom present)
    {
        var slots = pattern.Slots;
        for (var k = 1; k < slots.Length; k++)
        {
            if (!present.MayHave(slots[k].Bloom))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryMatch(PhrasePattern pattern, ReadOnlySpan<Token> tokens, int start, Span<int> positions)
    {
        var segment = tokens[start].Segment;
        if (!pattern.Slots[0].Matches(tokens[start]) || IsExcludedBefore(pattern, tokens, start, segment))
        {
            return false;
        }

        positions[0] = start;
        return TryMatchFrom(pattern, tokens, 1, start, segment, positions);
    }

    /// <summary>
    /// Places slot <paramref name="k"/> and the ones after it, trying the nearest word first and backing up when a
    /// later slot cannot follow: "ache in the middle of my upper back" must not fail on "middle" when "upper" fits.
    /// The gaps are at most a few words and phrases a few slots, so the search stays small.
    /// </summary>
    private static bool TryMatchFrom(PhrasePattern pattern, ReadOnlySpan<Token> tokens, int k, int previous, int segment, Span<int> positions)
    {
        if (k == pattern.Slots.Length)
        {
            var next = previous + 1;
            return pattern.ExcludedAfter is not { } after
                || next >= tokens.Length
                || tokens[next].Segment != segment
                || !after.Matches(tokens[next]);
        }

        var slot = pattern.Slots[k];
        var limit = Math.Min(tokens.Length - 1, previous + 1 + pattern.GapsBefore[k]);
        for (var j = previous + 1; j <= limit && tokens[j].Segment == segment; j++)
        {
            if (slot.Matches(tokens[j]))
            {
                positions[k] = j;
                if (TryMatchFrom(pattern, tokens, k + 1, j, segment, positions))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Places every other slot of an unordered phrase at its nearest word within the span around the first one, in
    /// the same segment; the positions come back in message order, as negation reads them.
    /// </summary>
    private static bool TryMatchUnordered(PhrasePattern pattern, ReadOnlySpan<Token> tokens, int start, Span<int> positions)
    {
        var segment = tokens[start].Segment;
        if (!pattern.Slots[0].Matches(tokens[start]))
        {
            return false;
        }

        positions[0] = start;
        int low = start, high = start;
        for (var k = 1; k < pattern.Slots.Length; k++)
        {
            var found = -1;
            for (var distance = 1; distance <= PhrasePattern.UnorderedSpan && found < 0; distance++)
            {
                foreach (var j in (ReadOnlySpan<int>)[start - distance, start + distance])
                {
                    if (j >= 0 && j < tokens.Length && tokens[j].Segment == segment && !positions[..k].Contains(j)
                        && pattern.Slots[k].Matches(tokens[j]))
                    {
                        found = j;
                        break;
                    }
                }
            }

            if (found < 0)
            {
                return false;
            }

            positions[k] = found;
            low = Math.Min(low, found);
            high = Math.Max(high, found);
        }

        if (high - low > PhrasePattern.UnorderedSpan)
        {
            return false;
        }

        positions.Sort();
        return true;
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
