using BackCareBot.BackCare;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// Words one understood message as a reply. Safety decides the shape: a warning sign or the coach's doctor rule
/// replaces stretching advice (never push exercises at someone with sharp pain), a missing fact becomes a
/// question, and only then does the matched advice speak.
/// </summary>
public sealed class ReplyComposer(KnowledgeBase knowledge, ReplyWording wording)
{
    private const int MaxChoices = 3;

    public BotReply Compose(Understanding understanding, bool messageWasEmpty)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        if (messageWasEmpty)
        {
            return new BotReply(wording.EmptyMessage, [wording.Actions.Help], null, null, ExpectingInput: false);
        }

        var triage = understanding.Triage;
        if (triage is { Status: TriageStatus.Decided, Level: >= TriageLevel.Doctor })
        {
            return new BotReply(TriageText(triage), [], triage, null, ExpectingInput: false);
        }

        if (triage.Status == TriageStatus.NeedsFollowUp)
        {
            var question = triage.Missing.HasFlag(MissingPainFacts.Duration)
                ? wording.Questions.Duration
                : wording.Questions.Sharpness;
            return new BotReply(question, [], null, null, ExpectingInput: true);
        }

        var decided = triage.Status == TriageStatus.Decided ? triage : null;
        var prefix = decided is null ? null : TriageText(decided);
        return understanding.Advice.Outcome switch
        {
            MatchOutcome.Matched => AdviceReply(understanding.Advice.Ranked[0], prefix, decided),
            MatchOutcome.Ambiguous => ChoiceReply(understanding.Advice, prefix, decided),
            _ => new BotReply(prefix ?? FallbackText(), prefix is null ? [wording.Actions.Help] : [], decided, null, false),
        };
    }

    private BotReply AdviceReply(ScoredAdvice best, string? prefix, TriageAssessment? triage)
    {
        var entry = knowledge[best.AdviceId];
        var paragraphs = new List<string>(5);
        if (prefix is not null)
        {
            paragraphs.Add(prefix);
        }

        paragraphs.Add($"**{entry.Title}**: {entry.Answer}");
        if (entry.Steps.Count > 0)
        {
            paragraphs.Add(AdviceFormatting.Steps(entry));
        }

        paragraphs.Add(AdviceFormatting.Attribution(entry, wording.Attribution));
        return new BotReply(
            string.Join("\n\n", paragraphs),
            FollowUps(entry),
            triage,
            new AdviceDecision(entry.Id, Math.Round(best.Score, 2)),
            ExpectingInput: false);
    }

    private BotReply ChoiceReply(AdviceMatch match, string? prefix, TriageAssessment? triage)
    {
        var choices = match.Ranked.Take(MaxChoices).Select(scored => knowledge[scored.AdviceId].Title).ToList();
        choices.Add(wording.Actions.NoneOfThese);
        var question = wording.Questions.WhichAdvice;
        return new BotReply(prefix is null ? question : prefix + "\n\n" + question, choices, triage, null, ExpectingInput: true);
    }

    private List<string> FollowUps(AdviceEntry entry)
    {
        var followUps = new List<string>(3);
        foreach (var relatedId in entry.Related)
        {
            if (knowledge.TryGet(relatedId, out var related))
            {
                followUps.Add(related.Title);
                break;
            }
        }

        if (entry.Id != AdviceIds.WhySittingHurts)
        {
            followUps.Add(wording.Actions.WhySitting);
        }

        followUps.Add(wording.Actions.Help);
        return followUps;
    }

    private string TriageText(TriageAssessment triage) => triage.Level switch
    {
        TriageLevel.Emergency => Fill(wording.Triage.Emergency, "{signs}", Signs(triage, TriageLevel.Emergency)),
        TriageLevel.Urgent => Fill(wording.Triage.Urgent, "{signs}", Signs(triage, TriageLevel.Urgent)),
        TriageLevel.Doctor => Fill(wording.Triage.Doctor, "{reasons}", DoctorReasons(triage)),
        _ => wording.Triage.SelfCare,
    };

    private string Signs(TriageAssessment triage, TriageLevel level)
    {
        var names = triage.Reasons
            .Where(reason => reason.StartsWith("red-flag:", StringComparison.Ordinal))
            .Select(reason => wording.WarningSigns.GetValueOrDefault(reason["red-flag:".Length..]))
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? level == TriageLevel.Emergency ? "a warning sign" : "a sign" : JoinNaturally(names);
    }

    private string DoctorReasons(TriageAssessment triage)
    {
        var reasons = triage.Reasons.Select(reason => wording.DoctorReasons.GetValueOrDefault(reason)).OfType<string>().ToList();
        return reasons.Count == 0 ? wording.DoctorReasons[TriageAssessor.SharpPainReason] : string.Join(" or ", reasons);
    }

    private string FallbackText() =>
        Fill(wording.Fallback, "{topics}", JoinNaturally(knowledge.Entries.Select(entry => entry.Title.ToLowerInvariant()).ToList()));

    private static string Fill(string template, string placeholder, string value) => template.Replace(placeholder, value, StringComparison.Ordinal);

    private static string JoinNaturally(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
