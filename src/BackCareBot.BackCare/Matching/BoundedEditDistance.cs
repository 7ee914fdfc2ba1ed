namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Edit distance (insertions, deletions, substitutions, and swaps of two neighbouring letters, the commonest typo)
/// that gives up as soon as the distance must exceed a small bound. Written by hand because typo tolerance only ever
/// asks "within 1 or 2?" about short words: a general fuzzy-matching library would do far more work per call, and
/// this runs on the hot path for every unknown word.
/// </summary>
internal static class BoundedEditDistance
{
    /// <summary>Longer words are never compared; they are not in the vocabulary.</summary>
    public const int MaxLength = 48;

    /// <returns>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</returns>
    public static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max || a.Length > MaxLength || b.Length > MaxLength)
        {
            return max + 1;
        }

        Span<int> beforePrevious = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > max)
            {
                return max + 1;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
