using BackCareBot.BackCare.Text;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// Reads <c>dialogs/talk.yaml</c>: thanks, goodbyes, "who are you" and the questions that follow a decision. A
/// one-word entry must be the whole message ("ok"); a longer one may stand anywhere in it as whole words. Loaded once;
/// a broken file or an unknown intent stops the bot naming the file and the key.
/// </summary>
public sealed class TalkReader
{
    public const string FileName = "talk.yaml";

    private static readonly Dictionary<string, Talk> Intents = new(StringComparer.Ordinal)
    {
        ["thanks"] = Talk.Thanks,
        ["acknowledge"] = Talk.Acknowledge,
        ["goodbye"] = Talk.Goodbye,
        ["who-are-you"] = Talk.WhoAreYou,
        ["meanwhile"] = Talk.Meanwhile,
        ["which-professional"] = Talk.WhichProfessional,
        ["is-it-serious"] = Talk.IsItSerious,
        ["real-person"] = Talk.RealPerson,
        ["where-to-go"] = Talk.WhereToGo,
        ["no-pain"] = Talk.NoPain,
        ["not-a-bother"] = Talk.NotABother,
        ["not-sitting"] = Talk.NotSitting,
        ["stand-or-sit"] = Talk.StandOrSit,
        ["keep-going"] = Talk.KeepGoing,
        ["language"] = Talk.Language,
        ["took-back"] = Talk.TookBack,
        ["cleared-by-doctor"] = Talk.ClearedByDoctor,
        ["not-sharp-anymore"] = Talk.NotSharpAnymore,
        ["drive"] = Talk.Drive,
        ["medicine"] = Talk.Medicine,
        ["help-coming"] = Talk.HelpComing,
        ["first-aid"] = Talk.FirstAid,
        ["still-stiff"] = Talk.StillStiff,
        ["in-hospital-already"] = Talk.InHospitalAlready,
        ["breaks"] = Talk.Breaks,
        ["sitting-bad"] = Talk.SittingBad,
        ["lying-pregnant"] = Talk.LyingPregnant,
        ["for-kids"] = Talk.ForKids,
        ["ask-work"] = Talk.AskWork,
        ["massage-gun"] = Talk.MassageGun,
        ["ask-first"] = Talk.AskFirst,
        ["joke"] = Talk.Joke,
        ["complaint"] = Talk.Complaint,
        ["why-this"] = Talk.WhyThis,
        ["feeling-better"] = Talk.FeelingBetter,
        ["credentials"] = Talk.Credentials,
        ["article-age"] = Talk.ArticleAge,
        ["citation"] = Talk.Citation,
        ["stretching-bad"] = Talk.StretchingBad,
        ["tried-it"] = Talk.TriedIt,
        ["product-plug"] = Talk.ProductPlug,
        ["compare-poses"] = Talk.ComparePoses,
        ["tried-everything"] = Talk.TriedEverything,
        ["title-says"] = Talk.TitleSays,
        ["lumbar-support"] = Talk.LumbarSupport,
        ["sofa-laptop"] = Talk.SofaLaptop,
        ["diagnosis"] = Talk.Diagnosis,
        ["has-condition"] = Talk.HasCondition,
        ["arching"] = Talk.Arching,
        ["repeat"] = Talk.Repeat,
        ["one-leg"] = Talk.OneLeg,
        ["coach-said"] = Talk.CoachSaid,
        ["already-seen"] = Talk.AlreadySeen,
        ["returning"] = Talk.Returning,
        ["what-to-tell"] = Talk.WhatToTell,
        ["watch-for"] = Talk.WatchFor,
        ["stretch-later"] = Talk.StretchLater,
        ["find-help"] = Talk.FindHelp,
        ["if-it-persists"] = Talk.IfItPersists,
        ["if-it-clears"] = Talk.IfItClears,
        ["others-too"] = Talk.OthersToo,
        ["does-it-work"] = Talk.DoesItWork,
        ["if-it-turns-sharp"] = Talk.IfItTurnsSharp,
        ["will-tell"] = Talk.WillTell,
        ["who-said"] = Talk.WhoSaid,
        ["push-through"] = Talk.PushThrough,
        ["own-professional"] = Talk.OwnProfessional,
        ["while-driving"] = Talk.WhileDriving,
        ["other-article"] = Talk.OtherArticle,
        ["cauda-equina"] = Talk.CaudaEquina,
        ["text-instead"] = Talk.TextInstead,
        ["no-call"] = Talk.NoCall,
        ["police-worry"] = Talk.PoliceWorry,
        ["back-talk"] = Talk.BackTalk,
        ["source"] = Talk.Source,
        ["buy"] = Talk.Buy,
        ["brace"] = Talk.Brace,
        ["what-is-111"] = Talk.WhatIs111,
        ["doctor-visit"] = Talk.DoctorVisit,
        ["bed-rest"] = Talk.BedRest,
        ["heat-or-ice"] = Talk.HeatOrIce,
        ["best-one"] = Talk.BestOne,
        ["privacy"] = Talk.Privacy,
        ["who-sees"] = Talk.WhoSees,
        ["how-soon"] = Talk.HowSoon,
        ["at-desk"] = Talk.AtDesk,
        ["why-asking"] = Talk.WhyAsking,
        ["not-covered"] = Talk.NotCovered,
        ["work"] = Talk.Work,
        ["push-back"] = Talk.PushBack,
        ["bot-limits"] = Talk.BotLimits,
        ["routine-list"] = Talk.RoutineList,
        ["scared"] = Talk.Scared,
        ["how-long-lasts"] = Talk.HowLongLasts,
        ["when-to-do"] = Talk.WhenToDo,
        ["im-safe"] = Talk.SaysSafe,
        ["reaching-out"] = Talk.ReachingOut,
        ["low-mood"] = Talk.LowMood,
        ["equipment"] = Talk.Equipment,
        ["no-equipment"] = Talk.NoEquipment,
        ["simpler"] = Talk.Simpler,
        ["clicking"] = Talk.Clicking,
        ["reader-tips"] = Talk.ReaderTips,
        ["which-side"] = Talk.WhichSide,
        ["embarrassed"] = Talk.Embarrassed,
        ["routine-time"] = Talk.RoutineTime,
        ["what-is-sharp"] = Talk.WhatIsSharp,
        ["apology"] = Talk.Apology,
        ["routine-start"] = Talk.RoutineStart,
        ["routine-restart"] = Talk.RoutineRestart,
        ["routine-next"] = Talk.RoutineNext,
        ["routine-skip"] = Talk.RoutineSkip,
        ["routine-stop"] = Talk.RoutineStop,
        ["routine-back"] = Talk.RoutineBack,
        ["hold-time"] = Talk.HoldTime,
        ["how-often"] = Talk.HowOften,
        ["how-many"] = Talk.HowMany,
        ["is-it-safe"] = Talk.IsItSafe,
        ["easier"] = Talk.Easier,
        ["walking"] = Talk.Walking,
        ["show-me"] = Talk.ShowMe,
        ["video"] = Talk.Video,
        ["define"] = Talk.Define,
        ["harder"] = Talk.Harder,
    };

    private readonly Dictionary<string, Talk> whole = new(StringComparer.Ordinal);
    private readonly List<(string Phrase, Talk Talk)> within = [];

    /// <summary>
    /// The longer entries by their first word, each with its place in <see cref="within"/>: a message looks up only
    /// the entries that start with one of its words instead of searching itself for three thousand phrases.
    /// </summary>
    private readonly Dictionary<string, List<(string Phrase, int Rank)>> withinByFirstWord = new(StringComparer.Ordinal);
    private readonly List<(string[] Parts, Talk Talk)> allOf = [];

    /// <summary>The longer entries of each kind of talk, for <see cref="Says"/>: only those of the kind asked about are searched.</summary>
    private readonly Dictionary<Talk, List<string>> withinByTalk = [];

    private TalkReader(Dictionary<string, List<string>> entries)
    {
        // Entries as written first ("ok thanks" is thanks), then as politeness-stripped keys ("ok") where free.
        var stripped = new List<(string Key, Talk Talk)>();
        foreach (var (intent, phrases) in entries)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.Contains(AllOfMark, StringComparison.Ordinal) || phrase.StartsWith(AnywhereMark, StringComparison.Ordinal))
                {
                    var parts = phrase.TrimStart('+', ' ').Split(AllOfMark).Select(part => Stem(PhraseKey.Words(part))).ToArray();
                    allOf.Add((parts.Select(part => " " + part + " ").ToArray(), Intents[intent]));
                    continue;
                }

                var words = Stem(PhraseKey.Words(phrase));
                if (words.Length == 0)
                {
                    continue;
                }

                whole.TryAdd(words, Intents[intent]);
                stripped.Add((Stem(PhraseKey.Of(phrase)), Intents[intent]));
                if (words.Contains(' ', StringComparison.Ordinal))
                {
                    within.Add((" " + words + " ", Intents[intent]));
                }
            }
        }

        foreach (var (key, talk) in stripped.Where(entry => entry.Key.Length > 0))
        {
            whole.TryAdd(key, talk);
        }

        // The longest phrase first, so "ok thanks" is thanks rather than acknowledge; of two as long, the one written
        // first in the file (a stable order, so adding an entry elsewhere never changes how a message is read).
        foreach (var (phrase, talk) in within)
        {
            if (!withinByTalk.TryGetValue(talk, out var ofTalk))
            {
                withinByTalk[talk] = ofTalk = [];
            }

            ofTalk.Add(phrase);
        }

        var longestFirst = within.OrderByDescending(entry => entry.Phrase.Length).ToList();
        within.Clear();
        within.AddRange(longestFirst);
        for (var rank = 0; rank < within.Count; rank++)
        {
            var phrase = within[rank].Phrase;
            var first = phrase[1..phrase.IndexOf(' ', 1)];
            if (!withinByFirstWord.TryGetValue(first, out var sameFirstWord))
            {
                withinByFirstWord[first] = sameFirstWord = [];
            }

            sameFirstWord.Add((phrase, rank));
        }

        var largestFirst = allOf.OrderByDescending(entry => entry.Parts.Sum(part => part.Length)).ToList();
        allOf.Clear();
        allOf.AddRange(largestFirst);
    }

    /// <summary>
    /// Between the parts of an entry that must all stand in the message, in any order: "you + robot" is "are you a
    /// robot", "you're not a robot are you" and "robot or human, you?".
    /// </summary>
    public const string AllOfMark = " + ";

    /// <summary>Before a single word that counts anywhere in a message of any length: "+ acupuncture".</summary>
    public const string AnywhereMark = "+ ";

    /// <summary>The key of an intent as written in talk.yaml and replies.yaml ("is-it-serious").</summary>
    public static string KeyOf(Talk talk) => Intents.First(pair => pair.Value == talk).Key;

    /// <summary>The key of an intent, or null for a kind of talk that talk.yaml does not name (none, or one the engine infers).</summary>
    public static string? KeyOrNull(Talk talk) => Intents.FirstOrDefault(pair => pair.Value == talk).Key;

    /// <exception cref="InvalidDataException">The file is missing, malformed or names an unknown intent.</exception>
    public static TalkReader Load(string dialogsFolder)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the conversation vocabulary is missing.");
        }

        Dictionary<string, List<string>>? entries;
        try
        {
            entries = new DeserializerBuilder().WithDuplicateKeyChecking().Build().Deserialize<Dictionary<string, List<string>>?>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{path}: line {exception.Start.Line}: {exception.InnerException?.Message ?? exception.Message}", exception);
        }

        var problems = new List<string>();
        foreach (var (intent, phrases) in entries ?? [])
        {
            if (!Intents.ContainsKey(intent))
            {
                problems.Add($"{path}: '{intent}' is not an intent the dialogs know ({string.Join(", ", Intents.Keys)})");
            }
            else if (phrases is not { Count: > 0 })
            {
                problems.Add($"{path}: '{intent}' lists no phrases");
            }
        }

        foreach (var missing in Intents.Keys.Where(intent => entries?.ContainsKey(intent) != true))
        {
            problems.Add($"{path}: '{missing}' is missing");
        }

        return problems.Count == 0 ? new TalkReader(entries!) : throw new InvalidDataException(string.Join(Environment.NewLine, problems));
    }

    /// <param name="key">The message as a <see cref="PhraseKey"/>.</param>
    /// <param name="words">The message's words with politeness kept (<see cref="PhraseKey.Words"/>); the key when not given.</param>
    /// <param name="asks">The message has a question mark.</param>
    /// <summary>
    /// Whether one of the longer entries of <paramref name="talk"/> stands anywhere in the message, whatever else it is
    /// read as: "hospital said my heart is fine ... what should I do?" says it was cleared, and asks what to do.
    /// </summary>
    public bool Says(string key, Talk talk, string? words = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!withinByTalk.TryGetValue(talk, out var phrases))
        {
            return false;
        }

        var padded = " " + Stem(words ?? key) + " ";
        return phrases.Exists(phrase => padded.Contains(phrase, StringComparison.Ordinal));
    }

    public Talk Read(string key, string? words = null, bool asks = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        var said = Stem(words ?? key);
        var stemmed = Stem(key);
        if (whole.TryGetValue(said, out var talk))
        {
            return talk;
        }

        if (whole.TryGetValue(stemmed, out talk))
        {
            // "k thanks": without its politeness the message is "k", but the thanks is what was said. So is "done.
            // thank you": the person is finished, not asking for the next stretch.
            var polite = InShortMessage(said);
            var closes = talk is Talk.Acknowledge or Talk.RoutineStop || (talk == Talk.RoutineNext && stemmed is "done" or "finished");
            return closes && polite is Talk.Thanks or Talk.Goodbye ? polite : talk;
        }

        var padded = " " + said + " ";
        if (FirstWithin(padded) is var rank and >= 0)
        {
            return within[rank].Talk;
        }

        foreach (var (parts, intent) in allOf)
        {
            if (parts.All(part => padded.Contains(part, StringComparison.Ordinal)))
            {
                return intent;
            }
        }

        var shortTalk = InShortMessage(stemmed);
        if (shortTalk != Talk.None)
        {
            return shortTalk;
        }

        var leading = Leading(said, asks);
        return leading != Talk.None ? leading : Trailing(said, asks);
    }

    /// <summary>
    /// The place in <see cref="within"/> of the first entry that stands in the message, as if each were searched for in
    /// turn (longest first), or -1: an entry stands where one of the message's words starts it.
    /// </summary>
    private int FirstWithin(string padded)
    {
        var byFirstWord = withinByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var best = -1;
        var text = padded.AsSpan();
        for (var start = 1; start < text.Length;)
        {
            var length = text[start..].IndexOf(' ');
            if (length <= 0)
            {
                break;
            }

            if (byFirstWord.TryGetValue(text.Slice(start, length), out var entries))
            {
                foreach (var (phrase, rank) in entries)
                {
                    if ((best < 0 || rank < best) && text[(start - 1)..].StartsWith(phrase, StringComparison.Ordinal))
                    {
                        best = rank;
                        break;
                    }
                }
            }

            start += length + 1;
        }

        return best;
    }

    /// <summary>
    /// "thanks, off to check on him", "cheers, wish me luck with the boxes lol": a message that opens with thanks or a
    /// goodbye and asks nothing is that thanks or goodbye, however long it goes on.
    /// </summary>
    private Talk Leading(string said, bool asks)
    {
        var space = said.IndexOf(' ', StringComparison.Ordinal);
        if (asks || space < 0 || !whole.TryGetValue(said[..space], out var first) || first is not (Talk.Thanks or Talk.Goodbye))
        {
            return Talk.None;
        }

        return said.Split(' ').Any(AskingWords.Contains) ? Talk.None : first;
    }

    /// <summary>
    /// "you're alright for a bot. thanks", "that was quick, thanks": a short message that says nothing else the bot
    /// reads and closes with thanks or a goodbye is that thanks or goodbye.
    /// </summary>
    private Talk Trailing(string said, bool asks)
    {
        var words = said.Split(' ');
        if (asks || words.Length is < 2 or > TrailingWords || words.Any(AskingWords.Contains))
        {
            return Talk.None;
        }

        // The last two words as a longer entry ("thank you"), through the same index as any other message; else the last word.
        var lastTwo = words.Length > 2 ? FirstWithin($" {words[^2]} {words[^1]} ") : -1;
        var found = lastTwo >= 0 ? within[lastTwo].Talk : whole.TryGetValue(words[^1], out var last) ? last : Talk.None;

        return found is Talk.Thanks or Talk.Goodbye ? found : Talk.None;
    }

    private const int TrailingWords = 8;

    /// <summary>Words that make a message after "thanks" a question of its own ("thanks, how often though").</summary>
    private static readonly HashSet<string> AskingWords = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "why", "when", "where", "which", "who", "should", "can", "could", "would", "any", "anything", "but",
    };

    /// <summary>
    /// Words compared without a plural or third-person "s" ("back belts" meets "back belt", "reps" meets "rep"): words of
    /// four letters or more, not ending in "ss", "us" or "is". Entries and messages are stemmed alike.
    /// </summary>
    internal static string Stem(string words)
    {
        if (!words.Contains("s ", StringComparison.Ordinal) && !words.EndsWith('s'))
        {
            return words;
        }

        var parts = words.Split(' ');
        for (var i = 0; i < parts.Length; i++)
        {
            var word = parts[i];
            if (word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
            {
                parts[i] = word[..^1];
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// A message of a few words with a one-word entry among them means that entry ("thx bot", "lol thanks", "pause,
    /// phone call", "ok calling"): goodbyes before thanks before the routine's words before a plain "ok".
    /// </summary>
    private Talk InShortMessage(string key)
    {
        // A phrase key's words are single-spaced: a longer message is left before anything is allocated.
        var spaces = key.AsSpan().Count(' ');
        if (spaces is < 1 or >= ShortMessageWords)
        {
            return Talk.None;
        }

        var words = key.Split(' ');
        if (words.Any(NegatingWords.Contains))
        {
            // "im not ok" is not an "ok".
            return Talk.None;
        }

        var best = Talk.None;
        foreach (var word in words)
        {
            if (whole.TryGetValue(word, out var talk) && ShortMessageRank(talk) > ShortMessageRank(best))
            {
                best = talk;
            }
        }

        return best;
    }

    private const int ShortMessageWords = 4;

    private static readonly HashSet<string> NegatingWords = new(StringComparer.Ordinal)
    {
        "not", "no", "dont", "don't", "never", "isnt", "isn't", "cant", "can't", "nothing", "nope", "aint", "ain't",
    };

    private static int ShortMessageRank(Talk talk) => talk switch
    {
        Talk.Goodbye => 8,
        Talk.Thanks => 7,
        Talk.RoutineStop => 6,
        Talk.RoutineSkip => 5,
        Talk.RoutineNext => 4,
        // "routine pls", "start the stretching routine": the routine's one word in a short message.
        Talk.RoutineRestart => 3,
        Talk.RoutineStart => 2,
        Talk.Acknowledge => 1,
        _ => 0,
    };
}
