using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// Reads the answer to "which of these did you mean?": a candidate's title (its button coming back), its number
/// ("1", "the second one"), or "none of these". Anything else is a new message, not an answer.
/// </summary>
internal sealed class ChoiceReader(ActionWording actions)
{
    private static readonly string[][] Ordinals =
    [
        ["1", "one", "first", "the first", "first one", "the first one", "1st", "number 1", "number one", "option 1"],
        ["2", "two", "second", "the second", "second one", "the second one", "2nd", "number 2", "number two", "option 2"],
        ["3", "three", "third", "the third", "third one", "the third one", "3rd", "number 3", "number three", "option 3"],
    ];

    private static readonly HashSet<string> NoneOfThese =
        ["none", "none of these", "none of them", "neither", "neither of them", "neither of these", "no", "nope", "something else"];

    /// <param name="key">The message as a <see cref="PhraseKey"/>.</param>
    /// <param name="titles">The candidates' titles, in the order they were offered.</param>
    public ChoiceAnswer Read(string key, IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        if (NoneOfThese.Contains(key) || key == PhraseKey.Of(actions.NoneOfThese))
        {
            return ChoiceAnswer.None;
        }

        for (var i = 0; i < titles.Count; i++)
        {
            if (key == PhraseKey.Of(titles[i]) || (i < Ordinals.Length && Ordinals[i].Contains(key)))
            {
                return ChoiceAnswer.Pick(i);
            }
        }

        return ChoiceAnswer.Unrecognised;
    }
}
