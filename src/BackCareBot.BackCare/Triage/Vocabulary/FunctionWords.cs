using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>The small words that steer negation, clause scope and durations, registered with their flags.</summary>
internal static class FunctionWords
{
    public static void Register(LexiconBuilder lexicon)
    {
        lexicon.Flag(
            WordFlags.Negator,
            "no", "not", "never", "none", "nor", "neither", "nothing", "without", "nae", "nuh", "naw", "zero", "denies", "denied",
            "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "aren't", "arent",
            "wasn't", "wasnt", "weren't", "werent", "haven't", "havent", "hasn't", "hasnt", "hadn't", "hadnt",
            "won't", "wont", "wouldn't", "wouldnt", "ain't", "aint");
        lexicon.Flag(WordFlags.AnswerWord, "no");
        lexicon.Flag(
            WordFlags.AnswerFollower,
            "it", "it's", "its", "i", "i'm", "im", "i've", "ive", "my", "the", "this", "that", "that's", "thats",
            "just", "only", "actually", "they", "they're", "both", "mostly", "mainly");
        lexicon.Flag(
            WordFlags.NegationHedge,
            "sure", "know", "idea", "doubt", "wonder", "matter", "certain", "only", "just", "clue", "remember", "understand",
            "wait", "sorry", "hang", "joking", "kidding", "lying", "lie", "exaggerating", "literally",
            // "I didn't realise I'd wet myself": what is realised happened; "didn't notice any numbness" stays negated.
            "realise", "realize");
        lexicon.Flag(WordFlags.HedgeIntensifier, "even", "really", "gonna", "going");
        lexicon.Flag(
            WordFlags.Subject,
            "i", "i'm", "im", "i've", "ive", "i'd", "my", "it", "it's", "its", "they", "they're", "he", "she", "we", "you",
            "there", "there's", "theres", "this", "that's", "thats");
        lexicon.Flag(WordFlags.ListJoin, "or", "nor");
        lexicon.Flag(WordFlags.Inability, "cannot", "can't", "cant", "couldn't", "couldnt", "unable");
        lexicon.Flag(WordFlags.Without, "without");
        lexicon.Flag(WordFlags.SegmentBreak, "but", "however", "although", "though", "tho", "except", "whereas", "yet");
        lexicon.Flag(
            WordFlags.ScopeBreak,
            "and", "because", "cause", "cos", "coz", "so", "plus", "also", "then", "why", "how", "what", "when",
            "whenever", "where", "if", "whether", "until", "till", "after", "before", "while", "which", "who");

        // "not sharp just a dull ache", "not stabbing, only aching": what follows is said, not denied.
        lexicon.Flag(WordFlags.NegationBreak, "just", "only", "simply", "rather");

        RegisterTimeWords(lexicon);
        RegisterDurationContext(lexicon);
    }

    private static void RegisterTimeWords(LexiconBuilder lexicon)
    {
        lexicon.Flag(
            WordFlags.TimeHint,
            "since", "ago", "last", "past", "yesterday", "today", "tonight", "morning", "afternoon", "evening", "weekend", "weekends",
            "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years",
            "hour", "hours", "hr", "hrs", "minute", "minutes", "min", "mins", "seconds", "wk", "wks", "yr", "yrs", "mth", "mths",
            "dias", "días", "tagen", "tage", "jours", "giorni", "semanas", "wochen", "semaines", "settimane", "meses", "monaten", "mois", "mesi",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "jan", "february", "feb", "april", "apr", "june", "jun", "july", "jul", "august", "aug",
            "september", "sept", "october", "oct", "november", "nov", "december", "dec",
            "christmas", "xmas", "easter", "summer", "winter", "spring", "autumn");
        lexicon.Flag(WordFlags.AmbiguousMonth, "may", "march");

        string[] numbers =
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ];
        for (var value = 0; value < numbers.Length; value++)
        {
            lexicon.Number(numbers[value], value);
        }

        // "desde hace dos semanas", "seit 10 Tagen", "depuis 3 jours": known words, so the length after them reads as
        // quietly as after "for".
        // "hace dos días que me duele", "ça fait deux semaines que j'ai mal", "sono due settimane che": the same.
        foreach (var word in new[] { "desde", "hace", "seit", "depuis", "há", "hai", "se", "que", "fait", "ça", "che", "sono" })
        {
            lexicon.Word(word);
        }

        // Small numbers in the languages of the foreign lengths above ("dos semanas", "zwei Wochen").
        foreach (var (word, value) in new[] { ("dos", 2), ("tres", 3), ("zwei", 2), ("drei", 3), ("deux", 2), ("trois", 3), ("duas", 2), ("diez", 10), ("zehn", 10), ("dix", 10) })
        {
            lexicon.Number(word, value);
        }

        // "a week or two": a number word left over by the recogniser still belongs to a bare answer.
        lexicon.Flag(WordFlags.Filler, numbers);

        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var index = 0; index < tens.Length; index++)
        {
            lexicon.Number(tens[index], (index + 3) * 10);
        }
    }

    private static void RegisterDurationContext(LexiconBuilder lexicon)
    {
        lexicon.Flag(
            WordFlags.Filler,
            "about", "around", "roughly", "approximately", "approx", "maybe", "perhaps", "probably", "like", "just", "only",
            "for", "since", "the", "a", "an", "it", "it's", "its", "it'd", "has", "have", "had", "been", "was", "is", "i", "i'd",
            "i've", "ive", "think", "guess", "reckon", "suppose", "say", "would", "so", "or", "ish", "over", "under", "more",
            "less", "than", "almost", "nearly", "at", "least", "well", "ago", "now", "already", "yes", "yeah", "yep", "yup",
            "no", "nope", "um", "umm", "hmm", "hm", "uh", "er", "erm", "oh", "ok", "okay", "started", "start", "began",
            "begun", "starting", "this", "that", "on", "off", "and", "then", "in", "of", "last", "past", "few", "couple",
            "several", "some", "good", "whole", "long", "lasted", "lasting", "going", "same", "not", "quite", "actually",
            "honestly", "really", "pretty", "much", "to", "too", "anyway", "plus", "thereabouts", "something", "bit",
            "little", "solid", "straight", "entire", "full", "by", "half", "week", "weeks", "fortnight", "fortnights", "day", "days", "month",
            "months", "year", "years", "hour", "hours", "while", "ongoing", "constant", "still", "longer", "beyond", "barely", "within");
        lexicon.Flag(
            WordFlags.Activity,
            "hold", "holds", "holding", "held", "stretch", "stretches", "stretched", "stretching", "sit", "sits", "sitting",
            "sat", "stand", "stands", "standing", "stood", "work", "works", "working", "worked", "walk", "walks", "walking",
            "walked", "run", "runs", "running", "ran", "jog", "jogging", "drive", "drives", "driving", "drove", "commute",
            "commuting", "exercise", "exercises", "exercising", "train", "training", "trained", "do", "does", "doing",
            "repeat", "repeating", "rest", "rested", "resting", "lie", "lying", "lay", "laying", "spend", "spent",
            "spending", "keep", "desk", "computer", "screen", "gym", "yoga", "plank", "massage", "roll", "rolling",
            "foam", "ice", "heat", "apply", "use", "using", "used", "wait", "waiting", "every", "each", "sleep",
            "sleeping", "slept", "reps", "sets");
        lexicon.Flag(WordFlags.FrequencyLead, "a", "an", "per", "each", "every");
        lexicon.Flag(WordFlags.TimeUnit, "day", "week", "night", "month", "year", "hour", "session", "weekday", "workday", "shift");
        lexicon.Flag(WordFlags.MoreThan, "over", "more", "longer", "beyond", "plus", "exceeding");
        lexicon.Flag(WordFlags.LessThan, "under", "less", "almost", "nearly", "barely", "shy", "within");
        // "10 weeks pregnant", "30 weeks along" is how far a pregnancy has gone, not how long the pain has lasted.
        lexicon.Flag(WordFlags.AgeWord, "old", "pregnant", "preg", "along", "gestation");
        lexicon.Flag(WordFlags.AgeLead, "am", "im", "i'm", "aged", "age", "turned", "turning");
        lexicon.Flag(WordFlags.TimeConnector, [.. TimeExpressionWords.Connectors]);
        foreach (var word in TimeExpressionWords.PlainWords)
        {
            lexicon.Word(word);
        }
    }
}
