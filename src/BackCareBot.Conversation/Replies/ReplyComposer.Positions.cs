using BackCareBot.BackCare.Knowledge;
using BackCareBot.Conversation.Dialogs.Recognition;

namespace BackCareBot.Conversation.Replies;

/// <summary>Moves shown to someone who can't take a position they need ("no kneeling", "can't get on the floor").</summary>
public sealed partial class ReplyComposer
{
    /// <summary>The move has a version without <paramref name="conflicts"/> (<c>aboutAdvice.easier.&lt;id&gt;</c>).</summary>
    public bool HasVersionWithout(AdviceEntry entry, IReadOnlyList<string> conflicts)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Position.VersionAvoidsAll(conflicts) && HasOwnAnswer(entry.Id, Talk.Easier);
    }

    /// <summary>
    /// The version of <paramref name="entry"/> without the positions ruled out, or, where it has none, that it needs one
    /// of them and is best left out.
    /// </summary>
    /// <param name="conflicts">The positions ruled out that the move needs, as the person said them, first said first.</param>
    /// <param name="lead">Open with "Without kneeling, as you said:" (the routine's heading named the article's move).</param>
    public BotReply Without(AdviceEntry entry, IReadOnlyList<string> conflicts, IReadOnlyList<string> suggestions, bool pregnant, bool lead = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(conflicts);
        var position = PositionName(conflicts[0]);
        if (!HasVersionWithout(entry, conflicts))
        {
            return new BotReply(FillPosition(wording.Positions.NoVersion, entry, position), suggestions, null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
        }

        var version = AboutAdvice(entry, Talk.Easier, suggestions, pregnant);
        return lead ? Prefixed(version, FillPosition(wording.Positions.VersionLead, entry, position)) : version;
    }

    /// <summary><paramref name="reply"/> after <paramref name="paragraph"/>, in its wording for a shared conversation too.</summary>
    private static BotReply Prefixed(BotReply reply, string paragraph) => reply with
    {
        Text = TextParts.Paragraphs(paragraph, reply.Text),
        ForSharedConversation = reply.ForSharedConversation is { } shared ? Prefixed(shared, paragraph) : null,
    };

    public BotReply Without(AdviceEntry entry, IReadOnlyList<string> conflicts, IReadOnlyList<FollowUp> followUps, bool pregnant) =>
        Without(entry, conflicts, Labels(followUps), pregnant);

    /// <summary>The move on screen needs none of the positions just ruled out: it stands, and the ones after will too.</summary>
    public BotReply PositionFits(AdviceEntry entry, string ruledOut, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new BotReply(FillPosition(wording.Positions.Fits, entry, PositionName(ruledOut)), suggestions, null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    /// <summary>
    /// "so there's no version for me?" from someone who can't get on the floor: the moves that suit them, or null when
    /// the general no-kneeling list (<c>talk.easier</c>) already does.
    /// </summary>
    public BotReply? MovesWithout(IReadOnlyList<string> ruledOut)
    {
        ArgumentNullException.ThrowIfNull(ruledOut);
        var text = ruledOut.Select(position => wording.Positions.Moves.GetValueOrDefault(position)).FirstOrDefault(moves => moves is not null);
        return text is null ? null : SmallTalk(Talk.Easier) with { Text = text };
    }

    /// <summary>The wording that answers "easier?" asked again after the easier version.</summary>
    public const string EasierAgainKey = "easier-again";

    /// <summary>"easier one?" again, after the easier version was given: it is the gentlest there is.</summary>
    public BotReply EasierAgain(AdviceEntry entry, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = wording.AboutAdvice[EasierAgainKey].Replace("{title}", entry.Title, StringComparison.Ordinal);
        return new BotReply(text, Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    private string PositionName(string position) => wording.Positions.Names.GetValueOrDefault(position, position);

    private static string FillPosition(string template, AdviceEntry entry, string position) => template
        .Replace("{title}", entry.Title, StringComparison.Ordinal)
        .Replace("{position}", position, StringComparison.Ordinal);
}
