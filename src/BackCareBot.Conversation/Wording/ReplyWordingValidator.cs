using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.Wording;

/// <summary>Finds every blank or missing entry in a <see cref="ReplyWording"/>, each as "key: problem".</summary>
internal static class ReplyWordingValidator
{
    public static IEnumerable<string> Validate(ReplyWording wording, IEnumerable<string> requiredWarningSigns)
    {
        var required = new (string Key, string Value)[]
        {
            ("disclaimer", wording.Disclaimer),
            ("safetyLine", wording.SafetyLine),
            ("welcome", wording.Welcome),
            ("help", wording.Help),
            ("fallback", wording.Fallback),
            ("apology", wording.Apology),
            ("emptyMessage", wording.EmptyMessage),
            ("triage.emergency", wording.Triage.Emergency),
            ("triage.urgent", wording.Triage.Urgent),
            ("triage.doctor", wording.Triage.Doctor),
            ("triage.selfCare", wording.Triage.SelfCare),
            ("questions.duration", wording.Questions.Duration),
            ("questions.sharpness", wording.Questions.Sharpness),
            ("questions.whichAdvice", wording.Questions.WhichAdvice),
            ("actions.howTo", wording.Actions.HowTo),
            ("actions.nextStretch", wording.Actions.NextStretch),
            ("actions.whySitting", wording.Actions.WhySitting),
            ("actions.noneOfThese", wording.Actions.NoneOfThese),
            ("actions.help", wording.Actions.Help),
            ("attribution.expert", wording.Attribution.Expert),
            ("attribution.readerTip", wording.Attribution.ReaderTip),
        };
        foreach (var (key, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"'{key}' is missing or empty.";
            }
        }

        foreach (var reason in new[] { TriageAssessor.SharpPainReason, TriageAssessor.LongDurationReason })
        {
            if (!wording.DoctorReasons.TryGetValue(reason, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'doctorReasons.{reason}' is missing or empty.";
            }
        }

        foreach (var sign in requiredWarningSigns)
        {
            if (!wording.WarningSigns.TryGetValue(sign, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'warningSigns.{sign}' is missing or empty: the triage can report it.";
            }
        }
    }
}
