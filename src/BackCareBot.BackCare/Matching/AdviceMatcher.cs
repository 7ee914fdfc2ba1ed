using System.Buffers;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Knowledge.Words;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Finds the advice a message asks about. The message's words are read as vocabulary concepts (through stems,
/// phrases and typo correction); each concept adds its weight to the advice it leads to. Everything that does not
/// depend on the message is computed once, here in the constructor; <see cref="Match"/> only reads.
/// </summary>
public sealed class AdviceMatcher
{
    /// <summary>Below this evidence nothing fits: "my back hurts" alone is for the triage, not for a stretch.</summary>
    internal const double MinimumEvidence = 0.45;

    /// <summary>
    /// Someone who asks for a stretch or what to do needs less: "any stretches?" and "the 5 best stretches" are on
    /// topic even without a body part, and get the article's stretch that leads general questions.
    /// </summary>
    internal const double MinimumEvidenceWhenAsked = 0.3;

    /// <summary>
    /// Saying the back is stiff is asking what to do about it, in a bot about exactly that: "not painful, just stiff"
    /// gets the article's stretch that leads general questions, where the word alone carries less evidence.
    /// </summary>
    internal const double MinimumEvidenceWhenStiff = 0.25;

    /// <summary>The runner-up fits "about equally" at this fraction of the best evidence or more.</summary>
    internal const double AboutEqual = 0.8;

    /// <summary>
    /// A specific concept weighted this much or more for an entry leads to it; one weighted less for the other entry
    /// does not lead there, which makes it a reason of the first entry's own.
    /// </summary>
    internal const double LeadingWeight = 0.5;

    /// <summary>A specific concept weighted this much for an entry names that entry's topic outright ("setup", "posture").</summary>
    internal const double OutrightWeight = 0.8;

    /// <summary>What a distinctive word of an entry's phrasings adds: a nudge, never a match on its own.</summary>
    internal const double PhrasingWordWeight = 0.15;

    /// <summary>How fast evidence turns into a score: one strong concept is about 0.7, two about 0.9.</summary>
    private const double Steepness = 1.2;

    private const int MaxPhrasingWordHits = 32;

    private readonly MatcherIndex _index;

    /// <summary>By concept: a specific concept that names a setup or background entry outright ("setup", "posture").</summary>
    private readonly bool[] _namesSetupOutright;

    public AdviceMatcher(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _index = MatcherIndexBuilder.Build(knowledge);
        _namesSetupOutright = new bool[_index.ConceptCount];
        for (var concept = 0; concept < _index.ConceptCount; concept++)
        {
            for (var entry = 0; entry < _index.EntryCount && _index.ConceptIsSpecific[concept]; entry++)
            {
                _namesSetupOutright[concept] |= !_index.EntryIsExercise[entry] && _index.Weight(concept, entry) >= OutrightWeight;
            }
        }
    }

    /// <summary>
    /// Ranks the advice for one message, best first. <see cref="MatchOutcome.Matched"/> names the best fit (for a
    /// general question, the article's first fitting stretch); <see cref="MatchOutcome.Ambiguous"/> means the top two
    /// fit about equally, each for specific words of its own; <see cref="MatchOutcome.NothingFits"/> means too little
    /// of the message is about the article. Thread-safe; allocates only the result.
    /// </summary>
    public AdviceMatch Match(NormalizedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsEmpty)
        {
            return AdviceMatch.NothingFits;
        }

        var codes = ArrayPool<int>.Shared.Rent(message.Text.Length + 1);
        try
        {
            var count = ReadCodes(message.Text, codes);
            Span<double> evidence = stackalloc double[_index.EntryCount];
            Span<int> concepts = stackalloc int[_index.ConceptCount];
            var conceptCount = CollectEvidence(codes.AsSpan(0, count), evidence, concepts);
            return conceptCount == 0 ? AdviceMatch.NothingFits : Decide(evidence, concepts[..conceptCount]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(codes);
        }
    }

    private int ReadCodes(string text, int[] codes)
    {
        var count = 0;
        var breakPending = false;
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            var token = tokenizer.Current;
            breakPending |= token.FollowsBreak;
            var code = _index.Terms.Resolve(text.AsSpan(token.Start, token.Length));
            if (code == TermCodes.Filler)
            {
                continue;
            }

            if (breakPending && count > 0)
            {
                codes[count++] = TermCodes.Break;
            }

            breakPending = false;
            codes[count++] = code;
        }

        return count;
    }

    /// <returns>How many distinct concepts the message mentions (written to <paramref name="concepts"/>).</returns>
    private int CollectEvidence(ReadOnlySpan<int> codes, Span<double> evidence, Span<int> concepts)
    {
        Span<int> phrasingWords = stackalloc int[MaxPhrasingWordHits];
        var conceptCount = 0;
        var phrasingWordCount = 0;
        var i = 0;
        while (i < codes.Length)
        {
            var code = codes[i];
            if (code < 0)
            {
                i++;
                continue;
            }

            var length = _index.Phrases.LongestMatch(codes, i, out var concept);
            if (length > 0)
            {
                if (!concepts[..conceptCount].Contains(concept))
                {
                    concepts[conceptCount++] = concept;
                    for (var entry = 0; entry < evidence.Length; entry++)
                    {
                        evidence[entry] += _index.Weight(concept, entry);
                    }
                }

                i += length;
                continue;
            }

            var owner = _index.PhrasingWordEntry[code];
            if (owner >= 0 && phrasingWordCount < MaxPhrasingWordHits && !phrasingWords[..phrasingWordCount].Contains(code))
            {
                phrasingWords[phrasingWordCount++] = code;
                evidence[owner] += PhrasingWordWeight;
            }

            i++;
        }

        return conceptCount;
    }

    private AdviceMatch Decide(Span<double> evidence, ReadOnlySpan<int> concepts)
    {
        var match = DecideAdvice(evidence, concepts);
        match = PositionsNamed(concepts, _index.RulesOut) is { } ruledOut ? match with { RulesOut = ruledOut } : match;
        return PositionsNamed(concepts, _index.RulesIn) is { } ruledIn ? match with { RulesIn = ruledIn } : match;
    }

    /// <summary>
    /// The positions the message's concepts name in <paramref name="byConcept"/>: those it rules out ("no kneeling,
    /// dodgy knees") or takes back ("I CAN do floor stuff"); null (nothing allocated) when none.
    /// </summary>
    private static List<string>? PositionsNamed(ReadOnlySpan<int> concepts, IReadOnlyList<string>[] byConcept)
    {
        List<string>? named = null;
        foreach (var concept in concepts)
        {
            foreach (var position in byConcept[concept])
            {
                if (named?.Contains(position) != true)
                {
                    (named ??= []).Add(position);
                }
            }
        }

        return named;
    }

    private AdviceMatch DecideAdvice(Span<double> evidence, ReadOnlySpan<int> concepts)
    {
        if (AboutAnotherSubject(concepts))
        {
            return AdviceMatch.NothingFits;
        }

        var askedForExercise = AskedForExercise(concepts);
        PreferExercisesWhenAskedFor(evidence, askedForExercise);
        var declined = TurnDownDeclined(evidence, concepts);
        Span<int> order = stackalloc int[evidence.Length];
        var ranked = RankEntries(evidence, order);
        if (ranked == 0)
        {
            return declined is null ? AdviceMatch.NothingFits : AdviceMatch.NothingFits with { Declined = declined };
        }

        var scored = new ScoredAdvice[ranked];
        for (var k = 0; k < ranked; k++)
        {
            scored[k] = new ScoredAdvice(_index.EntryIds[order[k]], Score(evidence[order[k]]));
        }

        var best = order[0];
        var stiff = _index.StiffnessConcept >= 0 && concepts.Contains(_index.StiffnessConcept);
        var minimum = stiff && _index.EntryIsExercise[best] ? MinimumEvidenceWhenStiff
            : askedForExercise ? MinimumEvidenceWhenAsked
            : MinimumEvidence;
        if (evidence[best] < minimum - 1e-9)
        {
            return new AdviceMatch(MatchOutcome.NothingFits, scored) { Declined = declined ?? [] };
        }

        var ambiguous = ranked > 1
            && evidence[order[1]] >= AboutEqual * evidence[best]
            && HasOwnReason(best, order[1], concepts)
            && HasOwnReason(order[1], best, concepts);
        return new AdviceMatch(ambiguous ? MatchOutcome.Ambiguous : MatchOutcome.Matched, scored) { Declined = declined ?? [] };
    }

    /// <summary>"any stretches that don't involve lying on my back?": the advice a declined concept leads to is not offered.</summary>
    /// <returns>The advice turned down; null (nothing allocated) when the message declines nothing.</returns>
    private List<string>? TurnDownDeclined(Span<double> evidence, ReadOnlySpan<int> concepts)
    {
        List<string>? declined = null;
        foreach (var concept in concepts)
        {
            if (!_index.DeclinesAny[concept])
            {
                continue;
            }

            var row = concept * evidence.Length;
            for (var entry = 0; entry < evidence.Length; entry++)
            {
                if (_index.Declined[row + entry])
                {
                    evidence[entry] = 0;
                    (declined ??= []).Add(_index.EntryIds[entry]);
                }
            }
        }

        return declined;
    }

    /// <summary>
    /// "how to back up my iphone to my laptop", "found a dead bug in my kitchen, cockroaches": a concept of another
    /// subject is named, and every other concept of the message is one it outweighs (vocabulary <c>outweighs</c>).
    /// </summary>
    private bool AboutAnotherSubject(ReadOnlySpan<int> concepts)
    {
        foreach (var concept in concepts)
        {
            if (_index.OutweighsAny[concept] && OutweighsAllOthers(concept, concepts))
            {
                return true;
            }
        }

        return false;
    }

    private bool OutweighsAllOthers(int concept, ReadOnlySpan<int> concepts)
    {
        var row = concept * _index.ConceptCount;
        foreach (var other in concepts)
        {
            if (other != concept && !_index.Outweighs[row + other])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A stretch or an exercise is asked for by name, or what to do about stiffness is ("its so stiff, what can i
    /// do?"). "What can I do to set up my desk" asks about the desk, not for an exercise.
    /// </summary>
    private bool AskedForExercise(ReadOnlySpan<int> concepts) =>
        (_index.ExerciseRequestConcept >= 0 && concepts.Contains(_index.ExerciseRequestConcept))
        || (_index.HelpRequestConcept >= 0 && concepts.Contains(_index.HelpRequestConcept)
            && _index.StiffnessConcept >= 0 && concepts.Contains(_index.StiffnessConcept)
            && !NamesSetupOutright(concepts));

    /// <summary>
    /// "back stiff by lunchtime, any setup tips?", "posture tips? my back gets stiff": a stiff back with a help
    /// request asks for an exercise only when the message does not name a setup or background topic outright.
    /// </summary>
    private bool NamesSetupOutright(ReadOnlySpan<int> concepts)
    {
        foreach (var concept in concepts)
        {
            if (_namesSetupOutright[concept])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Someone who asks for a stretch or an exercise wants one: when an exercise fits as well as an asked-for one
    /// must ("best stretches for desk workers", "gamer here, 8 hrs in a chair. stretches?"), setup and background advice ("i sit at a desk all day, what stretch should i do") give way to it.
    /// </summary>
    private void PreferExercisesWhenAskedFor(Span<double> evidence, bool askedForExercise)
    {
        if (!askedForExercise)
        {
            return;
        }

        var exerciseFits = false;
        for (var entry = 0; entry < evidence.Length; entry++)
        {
            exerciseFits |= _index.EntryIsExercise[entry] && evidence[entry] >= MinimumEvidenceWhenAsked - 1e-9;
        }

        for (var entry = 0; exerciseFits && entry < evidence.Length; entry++)
        {
            if (!_index.EntryIsExercise[entry])
            {
                evidence[entry] = 0;
            }
        }
    }

    /// <summary>Best first; equal evidence keeps the article's order. Returns how many have any evidence.</summary>
    private static int RankEntries(ReadOnlySpan<double> evidence, Span<int> order)
    {
        var ranked = 0;
        for (var entry = 0; entry < evidence.Length; entry++)
        {
            if (evidence[entry] <= 0)
            {
                continue;
            }

            var slot = ranked++;
            while (slot > 0 && evidence[order[slot - 1]] < evidence[entry])
            {
                order[slot] = order[slot - 1];
                slot--;
            }

            order[slot] = entry;
        }

        return ranked;
    }

    /// <summary>
    /// Whether the message names something specific that leads to <paramref name="entry"/> but not to
    /// <paramref name="other"/>. Without such a reason on both sides the two are not really competing: a generic
    /// question, or a concept that leads to both ("glutes" for self-massage and the massage ball), goes to the
    /// better (or earlier) one.
    /// </summary>
    private bool HasOwnReason(int entry, int other, ReadOnlySpan<int> concepts)
    {
        foreach (var concept in concepts)
        {
            var weight = _index.Weight(concept, entry);
            if (_index.ConceptIsSpecific[concept] && weight >= LeadingWeight && _index.Weight(concept, other) < LeadingWeight)
            {
                return true;
            }
        }

        return false;
    }

    private static double Score(double evidence) => Math.Round(1 - Math.Exp(-Steepness * evidence), 3);
}
