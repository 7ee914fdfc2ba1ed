using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// Recognises a follow-up to the advice just given: its button label coming back, or the way people type it
/// ("how do i do that", "next", "another one", "why"). Read only right after advice, where "next" has a meaning.
/// </summary>
internal sealed class FollowUpReader
{
    private static readonly (string Phrase, FollowUp FollowUp)[] Typed =
    [
        ("how", FollowUp.HowTo),
        ("how do i do it", FollowUp.HowTo),
        ("how do i do that", FollowUp.HowTo),
        ("how do i do this", FollowUp.HowTo),
        ("how do you do it", FollowUp.HowTo),
        ("how do you do that", FollowUp.HowTo),
        ("how to do it", FollowUp.HowTo),
        ("how is it done", FollowUp.HowTo),
        ("show me how", FollowUp.HowTo),
        ("tell me how", FollowUp.HowTo),
        ("steps", FollowUp.HowTo),
        ("what are the steps", FollowUp.HowTo),
        ("step by step", FollowUp.HowTo),
        ("describe it", FollowUp.HowTo),
        ("describe it step by step", FollowUp.HowTo),
        ("ok describe it step by step", FollowUp.HowTo),
        ("walk me through it", FollowUp.HowTo),
        ("how do i do them", FollowUp.HowTo),
        ("what do i do", FollowUp.HowTo),
        ("what do i actually do", FollowUp.HowTo),
        // The picture doesn't show, or the person wants the move in words, or how far to go in it: the steps.
        ("explain with words", FollowUp.HowTo),
        ("explain in words", FollowUp.HowTo),
        ("in words", FollowUp.HowTo),
        ("tell me in words", FollowUp.HowTo),
        ("picture not open", FollowUp.HowTo),
        ("the picture not open on my phone", FollowUp.HowTo),
        ("picture wont open", FollowUp.HowTo),
        ("picture wont load", FollowUp.HowTo),
        ("picture not loading", FollowUp.HowTo),
        ("the picture isnt loading", FollowUp.HowTo),
        ("cant see the picture", FollowUp.HowTo),
        ("i cant see the picture", FollowUp.HowTo),
        ("image not loading", FollowUp.HowTo),
        ("how far forward do i lean", FollowUp.HowTo),
        ("how far do i lean", FollowUp.HowTo),
        ("how far should i lean", FollowUp.HowTo),
        ("how far do i go", FollowUp.HowTo),
        ("how far should i go", FollowUp.HowTo),
        ("next", FollowUp.NextStretch),
        ("next one", FollowUp.NextStretch),
        ("next stretch", FollowUp.NextStretch),
        ("whats next", FollowUp.NextStretch),
        ("another", FollowUp.NextStretch),
        ("another one", FollowUp.NextStretch),
        ("another stretch", FollowUp.NextStretch),
        ("give me another", FollowUp.NextStretch),
        ("give me another one", FollowUp.NextStretch),
        ("something else", FollowUp.NextStretch),
        ("what else", FollowUp.NextStretch),
        ("more", FollowUp.NextStretch),
        ("why", FollowUp.WhySitting),
        ("and", FollowUp.NextStretch),
        ("then what", FollowUp.NextStretch),
        ("what now", FollowUp.NextStretch),
        ("anything else", FollowUp.NextStretch),
        ("the other one", FollowUp.Previous),
        ("the other one you mentioned", FollowUp.Previous),
        ("the other one u mentioned", FollowUp.Previous),
        ("other one you mentioned", FollowUp.Previous),
        ("other one u mentioned", FollowUp.Previous),
        ("the first one you mentioned", FollowUp.Previous),
        ("the one you mentioned first", FollowUp.Previous),
        ("back to the other one", FollowUp.Previous),
        ("other option", FollowUp.NextStretch),
        ("another option", FollowUp.NextStretch),
        ("any other option", FollowUp.NextStretch),
        ("other options", FollowUp.NextStretch),
        ("an alternative", FollowUp.NextStretch),
        ("alternative", FollowUp.NextStretch),
        ("alternatives", FollowUp.NextStretch),
        ("any alternative", FollowUp.NextStretch),
        ("how do i use it", FollowUp.HowTo),
        ("how do i use it tho", FollowUp.HowTo),
        ("how do you use it", FollowUp.HowTo),
        ("how do i know im doing it right", FollowUp.HowTo),
        ("am i doing it right", FollowUp.HowTo),
        ("what else can i do", FollowUp.NextStretch),
        ("what else should i do", FollowUp.NextStretch),
        ("should i add something", FollowUp.NextStretch),
        ("should i add anything", FollowUp.NextStretch),
        ("what should i add", FollowUp.NextStretch),
        ("add something", FollowUp.NextStretch),
        ("and after that", FollowUp.NextStretch),
        // "and" softens a follow-up, so "and after that?" is read as these.
        ("after that", FollowUp.NextStretch),
        ("what after that", FollowUp.NextStretch),
        ("after that what", FollowUp.NextStretch),
        ("what comes after that", FollowUp.NextStretch),
        ("did it what else", FollowUp.NextStretch),
        ("done what else", FollowUp.NextStretch),
        ("done it what else", FollowUp.NextStretch),
        ("anything else i should add", FollowUp.NextStretch),
        ("anything else to add", FollowUp.NextStretch),
        ("why is that", FollowUp.WhySitting),
        ("why does this happen", FollowUp.WhySitting),
        ("why does sitting do that", FollowUp.WhySitting),
    ];

    private readonly Dictionary<string, FollowUp> _phrases;

    public FollowUpReader(ActionWording actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        _phrases = new Dictionary<string, FollowUp>(StringComparer.Ordinal);
        foreach (var (phrase, followUp) in Typed)
        {
            _phrases[phrase] = followUp;
        }

        _phrases[PhraseKey.Of(actions.HowTo)] = FollowUp.HowTo;
        _phrases[PhraseKey.Of(actions.NextStretch)] = FollowUp.NextStretch;
        _phrases[PhraseKey.Of(actions.WhySitting)] = FollowUp.WhySitting;
    }

    /// <summary>Words that soften a follow-up without changing it: "how do I actually do it", "ok and?".</summary>
    private static readonly HashSet<string> Softeners = new(StringComparer.Ordinal)
    {
        "actually", "just", "so", "cool", "nice", "great", "right", "alright", "sweet", "awesome", "lovely", "um", "umm", "ok", "okay", "then", "please", "pls", "plz", "exactly", "again", "even", "and", "now",
        "tho", "though", "anyway", "anyways",
    };

    /// <summary>How many words a follow-up at the end of a message may have, and must have to count there.</summary>
    private const int MaxTail = 5;

    private const int MinTail = 3;

    private static readonly string[] AnotherAnywhere = ["another stretch", "goes well with it", "go well with it", "pairs well with", "to go with it"];

    private static readonly string[] HowToAnywhere = ["step by step", "i asked how"];

    private static readonly string[] AnotherAtTheEnd = [" something else", " something different", " another one", " a different one"];

    public FollowUp Read(string key)
    {
        if (_phrases.TryGetValue(key, out var followUp))
        {
            return followUp;
        }

        // "back. what's another stretch that goes well with it?": asking for another anywhere in a short message.
        var words = key.Split(' ');
        if (words.Length <= 12 && AnotherAnywhere.Any(part => key.Contains(part, StringComparison.Ordinal)))
        {
            return FollowUp.NextStretch;
        }

        // "that's not what I asked, I asked HOW, like step by step": the steps, however it is said around them.
        if (words.Length <= 12 && HowToAnywhere.Any(part => key.Contains(part, StringComparison.Ordinal)))
        {
            return FollowUp.HowTo;
        }

        // Only short messages are worth a second look; a longer one is a question of its own.
        if (words.Length is < 2 or > 8)
        {
            return FollowUp.None;
        }

        var plain = string.Join(' ', words.Where(word => !Softeners.Contains(word)));
        if (_phrases.TryGetValue(plain, out followUp))
        {
            return followUp;
        }

        // "actually no yoga, something else": asking for another at the end of a short message.
        if (AnotherAtTheEnd.Any(tail => key.EndsWith(tail, StringComparison.Ordinal)))
        {
            return FollowUp.NextStretch;
        }

        // "ok that one then, how do i do it": a follow-up of a few words at the end of a short message is the message's.
        for (var take = Math.Min(MaxTail, words.Length - 1); take >= MinTail; take--)
        {
            if (_phrases.TryGetValue(string.Join(' ', words[^take..]), out followUp))
            {
                return followUp;
            }
        }

        return FollowUp.None;
    }
}
