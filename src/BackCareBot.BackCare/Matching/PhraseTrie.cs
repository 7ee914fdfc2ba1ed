namespace BackCareBot.BackCare.Matching;

/// <summary>
/// The vocabulary's words and phrases as sequences of term ids, so a message is read left to right taking the
/// longest phrase at each word ("back of my thighs" is hamstrings, not "back" then "thighs").
/// </summary>
internal sealed class PhraseTrie
{
    private const int NoConcept = -1;

    private readonly List<Dictionary<int, int>> _children = [[]];
    private readonly List<int> _concepts = [NoConcept];

    /// <summary>Adds a phrase; the first concept added for a phrase keeps it (the loader refuses clashes).</summary>
    public void Add(IReadOnlyList<int> terms, int concept)
    {
        var node = 0;
        foreach (var term in terms)
        {
            if (!_children[node].TryGetValue(term, out var next))
            {
                next = _children.Count;
                _children.Add([]);
                _concepts.Add(NoConcept);
                _children[node][term] = next;
            }

            node = next;
        }

        if (_concepts[node] == NoConcept)
        {
            _concepts[node] = concept;
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>.</summary>
    /// <returns>How many codes the phrase covers (0 when none starts here).</returns>
    public int LongestMatch(ReadOnlySpan<int> codes, int start, out int concept)
    {
        concept = NoConcept;
        var length = 0;
        var node = 0;
        for (var i = start; i < codes.Length && codes[i] >= 0; i++)
        {
            if (!_children[node].TryGetValue(codes[i], out node))
            {
                break;
            }

            if (_concepts[node] != NoConcept)
            {
                concept = _concepts[node];
                length = i - start + 1;
            }
        }

        return length;
    }
}
