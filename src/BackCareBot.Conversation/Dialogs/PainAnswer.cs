using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// What a message tells about the pain, read in the context of the question the bot asked: after "is it sharp?",
/// a bare "yes" means sharp and "no" means not sharp. After "how long?", a bare yes or no is no length of time.
/// </summary>
/// <param name="Facts">The conversation's pain facts with this message's combined in.</param>
/// <param name="Answered">The message told something the triage can use (a duration, the character, a warning sign).</param>
internal sealed record PainAnswer(PainFacts Facts, bool Answered)
{
    public static PainAnswer Read(DialogState state, Understanding understood, string key)
    {
        var said = understood.MessageFacts;
        var answered = said.Duration is not null || said.Sharpness != Sharpness.Unknown || said.WarningSigns.Count > 0;
        var askedSharpness = state.Dialog == DialogIds.TriageFollowUp && state.Asked == MissingPainFacts.Sharpness;
        if (!askedSharpness || said.Sharpness != Sharpness.Unknown)
        {
            return new PainAnswer(understood.Facts, answered);
        }

        return YesNoReader.Read(key) switch
        {
            YesNo.Yes => new PainAnswer(understood.Facts with { Sharpness = Sharpness.Sharp }, true),
            YesNo.No => new PainAnswer(understood.Facts with { Sharpness = Sharpness.NotSharp }, true),
            _ => new PainAnswer(understood.Facts, answered),
        };
    }
}
