using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Knowledge.Words;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Turns the knowledge into lookup tables: term ids for every vocabulary word and its stem, the phrase trie, the
/// concept-to-advice weights, and the distinctive words of each entry's phrasings.
/// </summary>
internal static class MatcherIndexBuilder
{
    /// <summary>A word outside the vocabulary counts for an entry only if it recurs in that entry's phrasings.</summary>
    private const int MinPhrasingsForWord = 2;

    public static MatcherIndex Build(KnowledgeBase knowledge)
    {
        var vocabulary = knowledge.Vocabulary;
        var fillers = vocabulary.Fillers.ToHashSet(StringComparer.Ordinal);
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        var phrases = new PhraseTrie();

        for (var concept = 0; concept < vocabulary.Concepts.Count; concept++)
        {
            foreach (var phrase in vocabulary.Concepts[concept].Words)
            {
                var ids = new List<int>();
                foreach (var word in PhraseStems.WordsOf(phrase))
                {
                    if (fillers.Contains(word))
                    {
                        continue;
                    }

                    var stem = WordStemmer.StemToString(word);
                    var id = IdOf(termIds, stem);
                    words[word] = id;
                    stems[stem] = id;
                    ids.Add(id);
                }

                phrases.Add(ids, concept);
            }
        }

        AddKnownWords(words, stems, fillers, TermCodes.Filler);
        AddKnownWords(words, stems, vocabulary.OrdinaryWords, TermCodes.Ordinary);

        var phrasingWords = DistinctivePhrasingWords(knowledge, new TermTable(words, stems, termIds.Count));
        var phrasingWordEntry = new List<int>(Enumerable.Repeat(-1, termIds.Count));
        foreach (var (stem, entry) in phrasingWords)
        {
            stems[stem] = IdOf(termIds, stem);
            phrasingWordEntry.Add(entry);
        }

        return new MatcherIndex
        {
            Terms = new TermTable(words, stems, termIds.Count),
            Phrases = phrases,
            EntryIds = [.. knowledge.AdviceIds],
            ConceptIsSpecific = [.. vocabulary.Concepts.Select(concept => concept.Role == ConceptRole.Specific)],
            ConceptWeights = Weights(knowledge),
            PhrasingWordEntry = [.. phrasingWordEntry],
            EntryIsExercise = [.. knowledge.Entries.Select(entry => entry.Kind == AdviceKind.Exercise)],
            ExerciseRequestConcept = IndexOfConcept(vocabulary, MatcherIndex.ExerciseRequestConceptName),
            HelpRequestConcept = IndexOfConcept(vocabulary, MatcherIndex.HelpRequestConceptName),
            StiffnessConcept = IndexOfConcept(vocabulary, MatcherIndex.StiffnessConceptName),
            Outweighs = OutweighFlags(vocabulary),
            OutweighsAny = [.. vocabulary.Concepts.Select(concept => concept.Outweighs.Count > 0)],
            Declined = DeclinedFlags(vocabulary, knowledge),
            DeclinesAny = [.. vocabulary.Concepts.Select(concept => concept.Declines.Count > 0)],
            RulesOut = [.. vocabulary.Concepts.Select(concept => concept.RulesOut)],
            RulesIn = [.. vocabulary.Concepts.Select(concept => concept.RulesIn)],
        };
    }

    /// <summary>How strongly a declined concept must lead to an entry for the entry to be turned down.</summary>
    private const double DeclinedWeight = 0.5;

    private static bool[] DeclinedFlags(Vocabulary vocabulary, KnowledgeBase knowledge)
    {
        var entries = knowledge.Entries;
        var flags = new bool[vocabulary.Concepts.Count * entries.Count];
        for (var concept = 0; concept < vocabulary.Concepts.Count; concept++)
        {
            foreach (var declined in vocabulary.Concepts[concept].Declines)
            {
                for (var entry = 0; entry < entries.Count; entry++)
                {
                    if (entries[entry].Vocabulary.TryGetValue(declined, out var weight) && weight >= DeclinedWeight)
                    {
                        flags[(concept * entries.Count) + entry] = true;
                    }
                }
            }
        }

        return flags;
    }

    private static bool[] OutweighFlags(Vocabulary vocabulary)
    {
        var count = vocabulary.Concepts.Count;
        var flags = new bool[count * count];
        for (var concept = 0; concept < count; concept++)
        {
            foreach (var other in vocabulary.Concepts[concept].Outweighs)
            {
                flags[(concept * count) + IndexOfConcept(vocabulary, other)] = true;
            }
        }

        return flags;
    }

    private static int IndexOfConcept(Vocabulary vocabulary, string name)
    {
        for (var concept = 0; concept < vocabulary.Concepts.Count; concept++)
        {
            if (vocabulary.Concepts[concept].Name == name)
            {
                return concept;
            }
        }

        return -1;
    }

    private static int IdOf(Dictionary<string, int> termIds, string stem)
    {
        if (!termIds.TryGetValue(stem, out var id))
        {
            id = termIds.Count;
            termIds[stem] = id;
        }

        return id;
    }

    private static void AddKnownWords(
        Dictionary<string, int> words, Dictionary<string, int> stems, IEnumerable<string> known, int code)
    {
        foreach (var word in known)
        {
            words.TryAdd(word, code);
            stems.TryAdd(WordStemmer.StemToString(word), code);
        }
    }

    private static double[] Weights(KnowledgeBase knowledge)
    {
        var concepts = knowledge.Vocabulary.Concepts;
        var entries = knowledge.Entries;
        var weights = new double[concepts.Count * entries.Count];
        for (var concept = 0; concept < concepts.Count; concept++)
        {
            for (var entry = 0; entry < entries.Count; entry++)
            {
                weights[(concept * entries.Count) + entry] =
                    entries[entry].Vocabulary.TryGetValue(concepts[concept].Name, out var weight) ? weight : 0;
            }
        }

        return weights;
    }

    /// <summary>
    /// Words of the phrasings that the vocabulary does not know, kept when they recur in one entry's phrasings and
    /// appear in no other entry's: they are that entry's own way of being asked about.
    /// </summary>
    private static List<(string Stem, int Entry)> DistinctivePhrasingWords(KnowledgeBase knowledge, TermTable known)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var entry = 0; entry < knowledge.Entries.Count; entry++)
        {
            foreach (var phrasing in knowledge.Entries[entry].Phrasings)
            {
                foreach (var stem in UnknownStems(phrasing, known))
                {
                    if (!counts.TryGetValue(stem, out var perEntry))
                    {
                        perEntry = new int[knowledge.Entries.Count];
                        counts[stem] = perEntry;
                    }

                    perEntry[entry]++;
                }
            }
        }

        var distinctive = new List<(string, int)>();
        foreach (var (stem, perEntry) in counts.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            var entries = perEntry.Count(count => count > 0);
            var entry = Array.FindIndex(perEntry, count => count >= MinPhrasingsForWord);
            if (entries == 1 && entry >= 0)
            {
                distinctive.Add((stem, entry));
            }
        }

        return distinctive;
    }

    private static HashSet<string> UnknownStems(string phrasing, TermTable known)
    {
        var text = MessageNormalizer.Normalize(phrasing).Text;
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            var word = text.AsSpan(tokenizer.Current.Start, tokenizer.Current.Length);
            if (word.Length >= 3 && known.Resolve(word) == TermCodes.Unknown && IsLetters(word))
            {
                unknown.Add(WordStemmer.StemToString(word.ToString()));
            }
        }

        return unknown;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
