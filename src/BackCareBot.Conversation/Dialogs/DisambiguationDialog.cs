using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// "Which of these did you mean?" when two pieces of advice fit about equally: the candidates' titles and "None of
/// these" as choices. The answer is a title, a number or "none of these" (the topics the bot knows); anything else
/// is read as a new message.
/// </summary>
internal sealed class DisambiguationDialog(KnowledgeBase knowledge, ReplyComposer composer, AdviceDialog advice, ChoiceReader choices)
{
    /// <summary>The matcher calls a match ambiguous when its top two fit about equally; those two are offered.</summary>
    private const int Candidates = 2;

    public TurnResult Ask(DialogState next, AdviceMatch match, TriageAssessment? announce)
    {
        var candidates = match.Ranked.Take(Candidates).Select(scored => new AdviceChoice(scored.AdviceId, Math.Round(scored.Score, 2))).ToList();
        var state = next.EndDialog() with { Dialog = DialogIds.Disambiguation, Choices = candidates };
        var reply = composer.Choices([.. candidates.Select(choice => knowledge[choice.AdviceId])], announce);
        return new TurnResult(DialogIds.Disambiguation, state, [reply]);
    }

    public TurnResult? Continue(DialogState next, string key, TurnDecision decision)
    {
        var answer = choices.Read(key, [.. next.Choices.Select(choice => knowledge[choice.AdviceId].Title)]);
        if (!answer.IsRecognised)
        {
            return null;
        }

        if (answer.Index is not { } index)
        {
            return new TurnResult(DialogIds.Fallback, next.EndDialog(), [composer.Fallback()]);
        }

        var chosen = next.Choices[index];
        return advice.Give(next, knowledge[chosen.AdviceId], chosen.Score, null, decision);
    }
}
