using BackCareBot.BackCare.Triage;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Channels;

namespace BackCareBot.Evaluation;

/// <summary>
/// What a turn's replies decided, read the way a client reads them: the first <c>backcare/advice</c> entity, the
/// most urgent <c>backcare/triage</c> level, and whether a reply asked for input.
/// </summary>
internal static class ReplyOutcome
{
    public static TurnOutcome Read(IEnumerable<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        string? adviceId = null;
        TriageLevel? level = null;
        var expectingInput = false;
        foreach (var reply in replies)
        {
            expectingInput |= string.Equals(reply.InputHint, InputHints.ExpectingInput, StringComparison.Ordinal);
            foreach (var entity in reply.Entities ?? [])
            {
                if (entity.IsType(DecisionEntities.AdviceType) && adviceId is null && entity.TryGetProperty("id", out var id))
                {
                    adviceId = id.Value.GetString();
                }
                else if (entity.IsType(DecisionEntities.TriageType) && entity.TryGetProperty("level", out var name)
                    && TriageLevelNames.TryParse(name.Value.GetString(), out var decided) && (level is null || decided > level))
                {
                    level = decided;
                }
            }
        }

        return new TurnOutcome(adviceId, level, expectingInput);
    }
}
