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

    public FollowUp Read(string key) => _phrases.GetValueOrDefault(key, FollowUp.None);
}
