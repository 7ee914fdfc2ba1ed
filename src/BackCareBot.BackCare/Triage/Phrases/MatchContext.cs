using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// Which of a message's phrase matches count, once who and when they are about is read (dialogs/rules/context.yaml):
/// <list type="bullet">
/// <item>a rule's <c>unless</c> phrase in the same clause cancels it ("a sharp suit");</item>
/// <item>pain, sharpness and warning signs in a clause about the past ("years ago", "in 2012") or in a sentence that
/// says it is over ("all better now") are history; signs that are a history (cancer, steroids) stay flags;</item>
/// <item>a question answered "no" right after it is negated ("fever? no.");</item>
/// <item>whose they are is the nearest person before them in the clause ("my dad", "his", "I"). Someone else's
/// warning sign counts when their back hurts now or the person says nothing of their own body ("my dad can't feel
/// his legs"); someone else's history or vague concept (a screening question) and pain count only when their back
/// hurts now or the message is all about them; an animal's never.</item>
/// </list>
/// When the rules cannot tell, a match counts: a missed warning sign is the worst error.
/// </summary>
internal sealed class MatchContext
{
    private enum Owner : byte
    {
        Self,
        Other,
        NonHuman,
    }

    private readonly bool[] counted;
    private readonly bool[] saidOfOthers;
    private readonly HashSet<int> pastScopes = [];
    /// <summary>
    /// For each sentence that says something is over, the last segment it reaches: "had a bad fall, he's fine" is
    /// history, but not what a "but" brings after it ("says he's fine but his back really hurts").
    /// </summary>
    private readonly Dictionary<int, int> resolvedSentences = [];
    /// <summary>
    /// For each segment with a supposition in it, where the supposition starts: all that follows it up to a "but" is
    /// supposed ("hypothetically, if someone had back pain and a fever"), not what came before it ("my legs are numb,
    /// what if it's serious?").
    /// </summary>
    private readonly Dictionary<int, int> supposedFrom = [];
    private readonly Owner[] owners;
    private readonly bool[] named;
    private readonly bool[] possessed;
    private readonly int lastSharp = -1;
    private readonly int lastNotSharp = -1;

    /// <param name="painBefore">
    /// The conversation already holds pain: "she has lost a lot of weight lately" after "my mum's back has hurt for
    /// three weeks" is about that pain.
    /// </param>
    public MatchContext(ReadOnlySpan<Token> tokens, PhraseScan scan, TriageVocabulary vocabulary, bool painBefore = false)
    {
        var setCount = vocabulary.FirstScreening + vocabulary.Screening.Count;
        counted = new bool[setCount];
        saidOfOthers = new bool[setCount];
        var voided = Voided(tokens, scan, vocabulary);
        (owners, named, possessed, var speaksOfSelf) = Owners(tokens, scan, vocabulary, voided);
        var answeredNo = SentencesAnsweredNo(tokens);
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            var match = scan.Matches[m];
            if (match.Pattern.Set == PhraseSet.Past && !voided[m])
            {
                var scope = tokens[match.First].Scope;
                pastScopes.Add(scope);
                var opening = match.First;
                while (opening > 0 && tokens[opening - 1].Scope == scope)
                {
                    opening--;
                }

                // "...a car crash, but that was back in 2009": the time belongs to the clause before. So does a time
                // clause joined on without a comma: "had a fall off my bike when I was 10".
                if (vocabulary.IsBackReference(tokens[opening])
                    || (opening + 1 < tokens.Length && tokens[opening + 1].Scope == scope && vocabulary.IsBackReference(tokens[opening + 1]))
                    || (opening > 0 && vocabulary.OpensTimeClause(tokens[opening]) && !tokens[opening].AfterComma
                        && tokens[opening - 1].Sentence == tokens[opening].Sentence))
                {
                    pastScopes.Add(scope - 1);
                }
            }
            else if (match.Pattern.Set == PhraseSet.Hypothetical && !voided[m] && !match.Negated)
            {
                var said = tokens[match.First];
                supposedFrom[said.Segment] = Math.Min(said.Start, supposedFrom.GetValueOrDefault(said.Segment, int.MaxValue));
            }
            else if (match.Pattern.Set == PhraseSet.Resolved && !match.Negated && !voided[m])
            {
                var said = tokens[match.First];
                resolvedSentences[said.Sentence] = Math.Max(said.Segment, resolvedSentences.GetValueOrDefault(said.Sentence, int.MinValue));
            }
        }

        var selfBody = false;
        var selfPain = false;
        var selfBodyNamed = false;
        var selfObject = false;
        var otherBackPain = false;
        List<int>? otherPainScopes = null;
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            var match = scan.Matches[m];
            var set = match.Pattern.Set;
            if (match.Negated || !IsBodyTalk(set, vocabulary) || voided[m] || IsPast(tokens[match.First]))
            {
                selfObject |= set == PhraseSet.SelfObject && !match.Negated;
                continue;
            }

            var owner = OwnerOfBodyMatch(match, tokens, scan);
            selfBody |= owner == Owner.Self;
            selfPain |= owner == Owner.Self && set is PhraseSet.Pain or PhraseSet.Sharp;
            selfBodyNamed |= owner == Owner.Self && (named[match.First] || speaksOfSelf);
            // "he just told me it actually hurts": with no body part named at all, "it" is the back being talked about.
            otherBackPain |= owner == Owner.Other && set == PhraseSet.Pain
                && (ScopeHas(PhraseSet.LowerBack, tokens[match.First].Scope, tokens, scan)
                    || (!scan.IsMentioned(PhraseSet.LowerBack) && !scan.IsMentioned(PhraseSet.OtherBodyPart) && vocabulary.FollowsIt(tokens, match.First)));
            if (owner == Owner.Other && set == PhraseSet.Pain)
            {
                (otherPainScopes ??= []).Add(tokens[match.First].Scope);
            }
        }

        var countedSelf = false;
        var countedOther = false;
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            var match = scan.Matches[m];
            var set = match.Pattern.Set;
            if (set >= setCount)
            {
                continue;
            }

            if (set == PhraseSet.Sharp && match.Negated && !voided[m] && !IsPast(tokens[match.First]))
            {
                lastNotSharp = Math.Max(lastNotSharp, match.First);
                continue;
            }

            if ((match.Negated && !vocabulary.IsNewSinceNever(tokens, match)) || voided[m] || answeredNo.Contains(tokens[match.First].Sentence))
            {
                continue;
            }

            // "my brother was in a car crash last week, he's fine": over for him, and still an event the person may
            // have been in. A clause set in the past ("back in 2009") is over for everyone.
            saidOfOthers[set] |= !pastScopes.Contains(tokens[match.First].Scope) && OwnerOfBodyMatch(match, tokens, scan) == Owner.Other;

            var isSign = set >= PhraseSet.FirstWarningSign && set < vocabulary.FirstScreening;
            var isHistory = isSign && vocabulary.Signs[set - PhraseSet.FirstWarningSign].IsHistory;
            var isConcept = set >= vocabulary.FirstScreening;
            if (IsAboutTheBody(set, vocabulary) && IsPast(tokens[match.First]) && !isHistory)
            {
                continue;
            }

            var owner = OwnerOfBodyMatch(match, tokens, scan);
            var counts = !IsAboutTheBody(set, vocabulary) || owner switch
            {
                Owner.Self => true,
                Owner.NonHuman => false,
                // "it's not pain, just stiffness. but my mother is 70 and her back hurts": the person's own stiffness
                // leaves the pain the mother's; their own pain would make an unowned one theirs.
                _ => set is PhraseSet.Pain or PhraseSet.Sharp or PhraseSet.NotSharp ? (!selfBody || (!selfPain && named[match.First])) && !selfObject
                    : isHistory || isConcept ? otherBackPain
                    // "my flatmate has pain between his shoulder blades": their pain, where the sign says, is theirs now.
                    : otherBackPain || otherPainScopes?.Contains(tokens[match.First].Scope) == true
                        || (!selfBodyNamed && (painBefore || StandsAlone(set, vocabulary))),
            };
            if (counts)
            {
                countedSelf |= owner == Owner.Self && IsAboutTheBody(set, vocabulary);
                countedOther |= owner == Owner.Other && IsAboutTheBody(set, vocabulary);
                counted[set] = true;
                if (set == PhraseSet.Sharp)
                {
                    lastSharp = Math.Max(lastSharp, match.First);
                }
            }
        }

        AboutSomeoneElseOnly = countedOther && !countedSelf;
        SaysWhose = countedOther || selfBodyNamed;
        // "ok and for me, my back's stiff from driving to her": said in so many words, it holds whoever else is named.
        TurnsToSelf = !countedOther && (scan.IsMentioned(PhraseSet.TurnToSelf) || (selfBodyNamed && NamesNobodyElse(scan, voided)));
    }

    /// <summary>What the message says of a body is all someone else's ("my colleague's back hurts and she has chills").</summary>
    public bool AboutSomeoneElseOnly { get; }

    /// <summary>
    /// The message names whose body it speaks of ("my back", "his legs"); "about 3 weeks" in answer to "how long?"
    /// names nobody, and stays with whoever the conversation was about.
    /// </summary>
    public bool SaysWhose { get; }

    /// <summary>
    /// The person speaks of themselves and of nobody else ("ok and me, I'm just stiff", "just for me then"): after a
    /// conversation about someone else, what comes next is theirs.
    /// </summary>
    public bool TurnsToSelf { get; }

    private static bool NamesNobodyElse(PhraseScan scan, bool[] voided)
    {
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            if (!voided[m] && scan.Matches[m].Pattern.Set == PhraseSet.OtherPerson)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Sentences followed by a bare "no" ("fever? no.", "numbness? not really"): what they ask about is denied. A
    /// negator with a word of its own is a statement about that word, not an answer: "I wet myself. Not drunk."
    /// denies the drink, not the bladder.
    /// </summary>
    private static HashSet<int> SentencesAnsweredNo(ReadOnlySpan<Token> tokens)
    {
        var answered = new HashSet<int>();
        for (var i = 1; i < tokens.Length; i++)
        {
            var starts = tokens[i].Sentence != tokens[i - 1].Sentence;
            var alone = i + 1 >= tokens.Length || tokens[i + 1].Sentence != tokens[i].Sentence;
            var bareTwo = !alone && (i + 2 >= tokens.Length || tokens[i + 2].Sentence != tokens[i].Sentence)
                && (tokens[i + 1].Has(WordFlags.Negator) || tokens[i + 1].Has(WordFlags.HedgeIntensifier) || tokens[i + 1].Has(WordFlags.AnswerWord));
            if (starts && (alone || bareTwo) && tokens[i].Has(WordFlags.Negator))
            {
                answered.Add(tokens[i - 1].Sentence);
            }
        }

        return answered;
    }

    private bool IsPast(Token first) =>
        pastScopes.Contains(first.Scope)
        || (resolvedSentences.TryGetValue(first.Sentence, out var lastSegment) && first.Segment <= lastSegment)
        || (supposedFrom.TryGetValue(first.Segment, out var supposedStart) && first.Start >= supposedStart);

    /// <summary>The word is about someone the person named ("the kids have had a fever all week"), not about them.</summary>
    public bool IsSomeoneElses(int token) => owners[token] == Owner.Other && named[token];

    /// <summary>The word stands in a clause about the past or a sentence that says it is over ("back in 2014").</summary>
    public bool IsHistory(Token token) => IsPast(token);

    /// <summary>
    /// A phrase of the set was said of someone else, not negated, whether or not it counts for them now: an event the
    /// person may say next they were in too.
    /// </summary>
    public bool SaidOfOthers(int set) => set < saidOfOthers.Length && saidOfOthers[set];

    /// <summary>At least one phrase of the set was said, not negated, and is about the person (or whoever they ask for) now.</summary>
    public bool Counts(int set) => set < counted.Length && counted[set];

    /// <summary>
    /// Sharp pain that was taken back later in the message is not sharp ("sharp-ish? no, not sharp at all"); dull
    /// words beside sharp ones do not take it back ("a dull ache with sharp stabs").
    /// </summary>
    public Sharpness Sharpness(PhraseScan scan) =>
        counted[PhraseSet.Sharp] && lastSharp > lastNotSharp ? Triage.Sharpness.Sharp
        : lastNotSharp >= 0 || counted[PhraseSet.NotSharp] ? Triage.Sharpness.NotSharp
        : Triage.Sharpness.Unknown;

    /// <summary>
    /// Someone else's sign that calls for help without back pain beside it: an emergency ("my dad can't feel his
    /// legs") or a pregnancy's warning sign ("my wife is 32 weeks and bleeding"). A colleague's fever or a friend's
    /// weight loss on their own are not back red flags: the notes make them flags only with back pain.
    /// </summary>
    private static bool StandsAlone(int set, TriageVocabulary vocabulary) =>
        set < PhraseSet.FirstWarningSign || set >= vocabulary.FirstScreening
        || vocabulary.Signs[set - PhraseSet.FirstWarningSign] is var rule
            // "my mum is 80 and fell in the garden": a fall at her age is hers to have checked, pain said or not.
            && (rule.Sign.Level == TriageLevel.Emergency || rule.Condition is SignCondition.Pregnancy or SignCondition.MinorTrauma);

    /// <summary>Sets whose matches are about someone's body, and so belong to someone and to a time.</summary>
    private static bool IsAboutTheBody(int set, TriageVocabulary vocabulary) =>
        set is PhraseSet.Pain or PhraseSet.Sharp or PhraseSet.NotSharp or PhraseSet.Pregnant or PhraseSet.RoutineConcern
        || (set >= PhraseSet.FirstWarningSign && set < vocabulary.FirstScreening + vocabulary.Screening.Count);

    /// <summary>
    /// Sets that show the person talking about their own body when theirs. An age is not ("my 15 year old son has
    /// back pain": the age words come before the son is named, and must not make the son's pain the speaker's).
    /// </summary>
    private static bool IsBodyTalk(int set, TriageVocabulary vocabulary) =>
        set is PhraseSet.Pain or PhraseSet.LowerBack or PhraseSet.OtherBodyPart or PhraseSet.Stiffness or PhraseSet.SelfObject
        || (set >= PhraseSet.FirstWarningSign && set < vocabulary.FirstScreening
            && vocabulary.Signs[set - PhraseSet.FirstWarningSign].Condition != SignCondition.NewPain);

    /// <summary>
    /// An <c>unless</c> phrase of the match's rule stands in its clause or in the clause right before or after it in
    /// the same sentence, which often gives the cause ("sweating at night because of the heatwave", "freezing aircon,
    /// I'm shivering").
    /// </summary>
    /// <summary>Per match, in <see cref="PhraseScan.Matches"/> order: cancelled by an <c>unless</c> phrase (<see cref="IsVoid"/>).</summary>
    private static bool[] Voided(ReadOnlySpan<Token> tokens, PhraseScan scan, TriageVocabulary vocabulary)
    {
        var voided = new bool[scan.Matches.Count];
        for (var m = 0; m < voided.Length; m++)
        {
            voided[m] = IsVoid(scan.Matches[m], tokens, scan, vocabulary);
        }

        return voided;
    }

    private static bool IsVoid(PhraseMatch match, ReadOnlySpan<Token> tokens, PhraseScan scan, TriageVocabulary vocabulary)
    {
        var unless = vocabulary.UnlessSetOf(match.Pattern.Set);
        // Most messages say none of a rule's unless phrases: skip the search over every match (a message with a
        // warning sign matches dozens of phrases).
        if (unless < 0 || !scan.IsMentioned(unless))
        {
            return false;
        }

        // A screening concept is only a vague word that earns a question, so an explanation anywhere in its sentence
        // cancels it ("I'm a seamstress so it's pins and needles all day"); a warning sign needs it in the next clause.
        var first = tokens[match.First];
        var wholeSentence = match.Pattern.Set >= vocabulary.FirstScreening;
        // Pain said of the back in its own clause is not explained by the clause beside it: in "this deadline is
        // killing me and my back's been achy for 3 weeks" only the deadline is a figure of speech.
        var ownClauseOnly = match.Pattern.Set is PhraseSet.Pain or PhraseSet.Sharp && ScopeHas(PhraseSet.LowerBack, first.Scope, tokens, scan);
        foreach (var other in scan.Matches)
        {
            if (other.Pattern.Set == unless && tokens[other.First].Sentence == first.Sentence
                && (wholeSentence || (ownClauseOnly
                    ? tokens[other.Last].Scope >= first.Scope && tokens[other.First].Scope <= first.Scope
                    : tokens[other.Last].Scope >= first.Scope - 1 && tokens[other.First].Scope <= first.Scope + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ScopeHas(int set, int scope, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        foreach (var other in scan.Matches)
        {
            if (other.Pattern.Set == set && (tokens[other.First].Scope == scope || tokens[other.Last].Scope == scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="OwnerOf"/>, and pain said of a back named as someone else's is theirs: in "the middle of her lower
    /// back really hurts" the possessive names the back, and the pain is hers.
    /// </summary>
    private Owner OwnerOfBodyMatch(PhraseMatch match, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        var owner = OwnerOf(match, owners, named);
        if (match.Pattern.Set != PhraseSet.Pain || owner != Owner.Self)
        {
            return owner;
        }

        // "her back hurts": the pain is whoever's back it is, also after an "I" that names the person asked about
        // ("the man I care for says his back hurts"); a back named only by the sentence's subject needs no "I" before.
        var scope = tokens[match.First].Scope;
        foreach (var other in scan.Matches)
        {
            if (other.Pattern.Set == PhraseSet.LowerBack && tokens[other.First].Scope == scope && owners[other.First] == Owner.Other
                && (possessed[other.First] || (named[other.First] && !named[match.First])))
            {
                return Owner.Other;
            }
        }

        return owner;
    }

    /// <summary>
    /// Whose a match is: the owner of its first word, or the person's own when it ends on their body, named as theirs
    /// ("my wife noticed a swelling on my lower back"); "his back has been bad" stays his.
    /// </summary>
    private static Owner OwnerOf(PhraseMatch match, Owner[] owners, bool[] named) =>
        owners[match.Last] == Owner.Self && (named[match.Last] || owners[match.First] == Owner.Self) ? Owner.Self : owners[match.First];

    /// <summary>
    /// For each word, whose it is: the nearest person named before it in its clause; the person by default. The
    /// second array says whether the owner was named, and the flag whether the person speaks of themselves anywhere
    /// ("I'm", "my back", not "my dad"): without either, unowned words are not evidence of the person's own body
    /// ("My father. Back pain three days. Now he can't feel his legs" is all about him).
    /// </summary>
    private static (Owner[] Owners, bool[] Named, bool[] Possessed, bool SpeaksOfSelf) Owners(ReadOnlySpan<Token> tokens, PhraseScan scan, TriageVocabulary vocabulary, bool[] voided)
    {
        var markers = new Owner?[tokens.Length];
        var possessive = new Owner?[tokens.Length];
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            var match = scan.Matches[m];
            var owner = match.Pattern.Set switch
            {
                PhraseSet.SelfSubject => Owner.Self,
                PhraseSet.OtherPerson => Owner.Other,
                PhraseSet.NonHuman => Owner.NonHuman,
                _ => (Owner?)null,
            };
            if (owner is null || voided[m])
            {
                continue;
            }

            if (match.Pattern.Set == PhraseSet.OtherPerson && vocabulary.IsPossessivePronoun(tokens[match.First]) && !vocabulary.IsObjectHer(tokens, match.First))
            {
                possessive[match.First] = owner;
            }
            else if (!(owner == Owner.Self && markers[match.First] == Owner.Other))
            {
                // "my 5 year old" starts where "my" does: the longer name of someone else wins.
                markers[match.First] = owner;
            }
        }

        // A name of someone else is theirs to its last word: "yo" in "my 10 yo" is not Spanish "I".
        for (var m = 0; m < scan.Matches.Count; m++)
        {
            var match = scan.Matches[m];
            if (match.Pattern.Set == PhraseSet.OtherPerson && !voided[m] && markers[match.First] == Owner.Other)
            {
                for (var i = match.First + 1; i <= match.Last; i++)
                {
                    markers[i] = markers[i] == Owner.Self ? null : markers[i];
                }
            }
        }

        var owners = new Owner[tokens.Length];
        var named = new bool[tokens.Length];
        var possessed = new bool[tokens.Length];
        var current = Owner.Self;
        var currentNamed = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && tokens[i].Sentence != tokens[i - 1].Sentence)
            {
                current = Owner.Self;
                currentNamed = false;
            }

            // "her bed", "his legs": a possessive names the owner of the next word only; a person named ("my dad",
            // "she") owns the rest of the sentence until someone else is named.
            // The person named owns their own word too ("my dad's 68": the age is his).
            if (markers[i] is { } marker)
            {
                current = marker;
                currentNamed = true;
            }

            var whose = i > 0 ? possessive[i - 1] : null;
            if (whose is not null && possessive[i] is null && vocabulary.IsPossessedModifier(tokens[i]))
            {
                // "his lower back": the possessive reaches past the word that says which part.
                possessive[i] = whose;
            }

            owners[i] = whose ?? current;
            named[i] = whose is not null || currentNamed;
            possessed[i] = whose is not null;
        }

        var speaksOfSelf = false;
        for (var i = 0; i < tokens.Length && !speaksOfSelf; i++)
        {
            speaksOfSelf = markers[i] == Owner.Self && (i + 1 >= tokens.Length || markers[i + 1] != Owner.Other);
        }

        return (owners, named, possessed, speaksOfSelf);
    }
}
