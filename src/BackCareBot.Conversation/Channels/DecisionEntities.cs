using BackCareBot.BackCare.Triage;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Replies;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// The <c>backcare/triage</c> and <c>backcare/advice</c> entities (design.md), so clients, analytics and tests read
/// a reply's decisions without parsing prose.
/// </summary>
public static class DecisionEntities
{
    public const string TriageType = "backcare/triage";
    public const string AdviceType = "backcare/advice";

    public static IList<Entity>? For(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var entities = new List<Entity>(2);
        if (reply.Triage is { Level: { } level } triage)
        {
            entities.Add(Entity.FromObject(TriageType, new TriageEntity(level.ToWireName(), triage.Reasons), DecisionEntityJsonContext.Default.TriageEntity));
        }

        if (reply.Advice is { } advice)
        {
            entities.Add(Entity.FromObject(AdviceType, new AdviceEntity(advice.Id, advice.Score), DecisionEntityJsonContext.Default.AdviceEntity));
        }

        return entities.Count == 0 ? null : entities;
    }
}
