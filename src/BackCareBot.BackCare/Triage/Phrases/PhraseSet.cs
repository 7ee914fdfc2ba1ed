namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// The kinds of evidence the extractor looks for. Warning signs follow, one set each, numbered from
/// <see cref="FirstWarningSign"/> in the order of the warning-sign catalog.
/// </summary>
internal static class PhraseSet
{
    /// <summary>pain, hurts, aching, sore, "killing me"...</summary>
    public const int Pain = 0;

    /// <summary>sharp, stabbing, shooting, like a knife, severe...</summary>
    public const int Sharp = 1;

    /// <summary>dull, aching, nagging, mild, "a bit sore"...</summary>
    public const int NotSharp = 2;

    /// <summary>Words that make a duration about symptoms even without a pain word: injury, symptoms, pulled, numb...</summary>
    public const int SymptomContext = 3;

    /// <summary>The pain is new: just started, suddenly, for the first time...</summary>
    public const int NewOnset = 4;

    /// <summary>A minor knock: fell, slipped, tripped, lifted... (a warning sign with osteoporosis).</summary>
    public const int MinorTrauma = 5;

    /// <summary>Durations the date recogniser does not know: "for ages", "for months", "just started".</summary>
    public const int DurationPhrase = 6;

    /// <summary>Thoughts of self-harm or suicide: outranks everything.</summary>
    public const int Crisis = 7;

    public const int Pregnant = 8;

    /// <summary>Neck, knee, wrist...: a body part the bot does not cover.</summary>
    public const int OtherBodyPart = 9;

    /// <summary>The back, hips, glutes, hamstrings: what the bot covers.</summary>
    public const int LowerBack = 10;

    /// <summary>The clause is about the past: "years ago", "in 2012", "used to".</summary>
    public const int Past = 11;

    /// <summary>The sentence says it is over: "all better now", "fine since".</summary>
    public const int Resolved = 12;

    /// <summary>Someone else: "my dad", "his", "a colleague".</summary>
    public const int OtherPerson = 13;

    /// <summary>An animal or a thing: "my cat", "the desk".</summary>
    public const int NonHuman = 14;

    /// <summary>The person as subject: "I", "my".</summary>
    public const int SelfSubject = 15;

    /// <summary>The person as object: "for me".</summary>
    public const int SelfObject = 16;

    /// <summary>Stiff, tight, achy: the person talks about their body.</summary>
    public const int Stiffness = 17;

    /// <summary>Pain that is getting worse, stops day-to-day life or is hard to cope with: a routine check.</summary>
    public const int RoutineConcern = 18;

    /// <summary>The person turns to themselves after asking for someone else: "and me?", "just for me then".</summary>
    public const int TurnToSelf = 19;

    /// <summary>A yearly occasion: "since pancake day". The pattern's value is the occasion's index in the rules.</summary>
    public const int Occasion = 20;

    /// <summary>The rest of the segment is a supposition: "hypothetically, if someone had back pain and a fever".</summary>
    public const int Hypothetical = 21;

    /// <summary>Laughter or a joke marker: "lol", "jk", "😂". With a message that carries on the last, it laughs that one off.</summary>
    public const int LaughsOff = 22;

    /// <summary>
    /// The person puts themselves in an event said of someone else: "actually I was in the car too" after "my brother
    /// was in a car crash".
    /// </summary>
    public const int JoinsTheirEvent = 23;

    /// <summary>The warning signs follow, then the screening concepts, then the rules' <c>unless</c> phrases.</summary>
    public const int FirstWarningSign = 24;
}
