namespace BackCareBot.BackCare.Triage.Language;

/// <summary>What a word does in a sentence, beyond being matched by a phrase.</summary>
[Flags]
internal enum WordFlags
{
    None = 0,

    /// <summary>Negates what follows in its scope: no, not, never, don't, isn't, without...</summary>
    Negator = 1 << 0,

    /// <summary>"no" can also be an answer ("no, it's dull", "no it's dull") rather than a negation.</summary>
    AnswerWord = 1 << 1,

    /// <summary>After a negator, makes it a hedge rather than a negation: "not sure", "don't know", "not just".</summary>
    NegationHedge = 1 << 2,

    /// <summary>Words that begin an answer's content after "no": "no it's dull", "no my legs are numb".</summary>
    AnswerFollower = 1 << 3,

    /// <summary>can't, cannot, unable: inability is a symptom, not a negation ("can't walk without pain").</summary>
    Inability = 1 << 4,

    /// <summary>"without": a negator unless an inability precedes it.</summary>
    Without = 1 << 5,

    /// <summary>Contrast words (but, however, although) end a phrase and a negation.</summary>
    SegmentBreak = 1 << 6,

    /// <summary>Joining and subordinating words (and, because, so, why, if, when) end a negation's scope.</summary>
    ScopeBreak = 1 << 7,

    /// <summary>A word that may start a time expression, so the date recogniser is worth running.</summary>
    TimeHint = 1 << 8,

    /// <summary>"may" and "march" are time hints only next to a date-like word.</summary>
    AmbiguousMonth = 1 << 9,

    /// <summary>Words that can surround a duration in a bare answer to "how long?" ("about", "it's been", "ago").</summary>
    Filler = 1 << 10,

    /// <summary>Activities whose durations are not pain durations ("hold for 30 seconds", "sitting for 8 hours").</summary>
    Activity = 1 << 11,

    /// <summary>a, per, each, every: with a time unit after a duration, a frequency ("8 hours a day").</summary>
    FrequencyLead = 1 << 12,

    /// <summary>day, week, night...: the unit in "8 hours a day".</summary>
    TimeUnit = 1 << 13,

    /// <summary>over, more, longer: "over a week" means more than a week.</summary>
    MoreThan = 1 << 14,

    /// <summary>under, less, almost, nearly: "almost a week" means less than a week.</summary>
    LessThan = 1 << 15,

    /// <summary>"old" after a duration makes it an age ("55 years old"); "pregnant" a pregnancy's term ("30 weeks pregnant").</summary>
    AgeWord = 1 << 16,

    /// <summary>Words that start a new statement after a comma (I, my, it's): "no fever, my legs are numb".</summary>
    Subject = 1 << 17,

    /// <summary>or, nor: the end of a list that a negation spans ("no fever, chills or weight loss").</summary>
    ListJoin = 1 << 18,

    /// <summary>
    /// Words the date recogniser may read together with a time expression beside them ("in", "of", "the", "every",
    /// "from"...): next to one, only the recogniser knows what the expression means.
    /// </summary>
    TimeConnector = 1 << 19,

    /// <summary>"not even joking", "not really kidding": between a negator and its hedge, it leaves the hedge a hedge.</summary>
    HedgeIntensifier = 1 << 20,

    /// <summary>"I am 40 years", "aged 52 years": before a count of years, the person's age rather than a length of pain.</summary>
    AgeLead = 1 << 21,

    /// <summary>"not sharp just a dull ache": a negator before it does not reach the words after it.</summary>
    NegationBreak = 1 << 22,
}
