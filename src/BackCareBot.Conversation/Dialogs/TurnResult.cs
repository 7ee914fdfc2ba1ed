using System.Diagnostics.CodeAnalysis;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>What one message leads to: the replies, and the state to store before they are sent.</summary>
/// <param name="DialogId">The dialog that answered (<see cref="DialogIds"/>), for the logs.</param>
/// <param name="State">The conversation's new state; null when everything stored about it is to be deleted.</param>
/// <param name="Replies">The replies, in order.</param>
public sealed record TurnResult(string DialogId, DialogState? State, IReadOnlyList<BotReply> Replies)
{
    [MemberNotNullWhen(false, nameof(State))]
    public bool ForgetsEverything => State is null;

    /// <summary>The last triage decision among the replies: the one the person reads last.</summary>
    public TriageAssessment? Triage
    {
        get
        {
            for (var i = Replies.Count - 1; i >= 0; i--)
            {
                if (Replies[i].Triage is { } triage)
                {
                    return triage;
                }
            }

            return null;
        }
    }

    public static TurnResult Forget(BotReply reply) => new(DialogIds.ForgetMe, null, [reply]);
}
