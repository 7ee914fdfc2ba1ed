using System.Diagnostics.Metrics;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// What the bot decided, counted (meter <c>BackCareBot.Conversation</c>): messages answered by dialog and triage level,
/// and advice given by id. The tags are ids from fixed sets, so the counts say how the bot is used and how often it
/// sends people to a doctor or an emergency department without a log record per message or anything that ties a
/// decision to a conversation.
/// </summary>
public sealed class ConversationMetrics
{
    public const string MeterName = "BackCareBot.Conversation";
    public const string DialogTag = "backcare.dialog";
    public const string TriageLevelTag = "backcare.triage.level";
    public const string AdviceTag = "backcare.advice.id";

    /// <summary>The triage level tag of a reply that conveys no decided triage.</summary>
    public const string NoTriageLevel = "none";

    private readonly Counter<long> _turns;
    private readonly Counter<long> _advice;

    public ConversationMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>(
            "backcare.turns", "{message}", "Messages answered, by the dialog that answered and the triage level the replies conveyed.");
        _advice = meter.CreateCounter<long>("backcare.advice.given", "{reply}", "Advice given, by advice id.");
    }

    public void Answered(TurnResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_turns.Enabled)
        {
            _turns.Add(1,
                new KeyValuePair<string, object?>(DialogTag, result.DialogId),
                new KeyValuePair<string, object?>(TriageLevelTag, result.Triage?.Level?.ToWireName() ?? NoTriageLevel));
        }

        if (_advice.Enabled)
        {
            foreach (var reply in result.Replies)
            {
                if (reply.Advice is { } advice)
                {
                    _advice.Add(1, new KeyValuePair<string, object?>(AdviceTag, advice.Id));
                }
            }
        }
    }
}
