using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Dialogs.Recognition;

namespace BackCareBot.Conversation.Wording;

/// <summary>Finds every blank or missing entry in a <see cref="ReplyWording"/>, each as "key: problem".</summary>
internal static class ReplyWordingValidator
{
    /// <summary>Placeholders that repeat what the person said.</summary>
    private static readonly string[] EchoPlaceholders = ["{signs}", "{reasons}", "{unknown}"];

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
            ("startedOver", wording.StartedOver),
            ("forgotten", wording.Forgotten),
            ("noMoreRelated", wording.NoMoreRelated),
            ("comparison", wording.Comparison),
            ("crisis", wording.Crisis),
            ("routine.heading", wording.Routine.Heading),
            ("routine.cardHeading", wording.Routine.CardHeading),
            ("routine.done", wording.Routine.Done),
            ("routine.stopped", wording.Routine.Stopped),
            ("routine.next", wording.Routine.Next),
            ("routine.skip", wording.Routine.Skip),
            ("routine.stop", wording.Routine.Stop),
            ("fallbackAgain", wording.FallbackAgain),
            ("actions.meanwhile", wording.Actions.Meanwhile),
            ("actions.whichProfessional", wording.Actions.WhichProfessional),
            ("actions.isItSerious", wording.Actions.IsItSerious),
            ("actions.whereToGo", wording.Actions.WhereToGo),
            ("crisisAgain", wording.CrisisAgain),
            ("saidJustAbove", wording.SaidJustAbove),
            ("helpWhereYouAre", wording.HelpWhereYouAre),
            ("crisisElsewhere", wording.CrisisElsewhere),
            ("crisisCheckIn", wording.CrisisCheckIn),
            ("crisisLaughedOff", wording.CrisisLaughedOff),
            ("ownBackLater", wording.OwnBackLater),
            ("outOfScope", wording.OutOfScope),
            ("pregnancyCaution", wording.PregnancyCaution),
            ("pregnancyNoted", wording.PregnancyNoted),
            ("questions.screeningAgain", wording.Questions.ScreeningAgain),
            ("questions.screeningNoted", wording.Questions.ScreeningNoted),
            ("questions.screeningBeforeExercise", wording.Questions.ScreeningBeforeExercise),
            ("questions.screeningCleared", wording.Questions.ScreeningCleared),
            ("questions.noted", wording.Questions.Noted),
            ("triage.urgentPregnancy", wording.Triage.UrgentPregnancy),
            ("triage.doctorUnsure", wording.Triage.DoctorUnsure),
            ("triage.urgentUnsure", wording.Triage.UrgentUnsure),
            ("triage.doctorConcern", wording.Triage.DoctorConcern),
            ("questions.durationAgain", wording.Questions.DurationAgain),
            ("questions.sharpnessAgain", wording.Questions.SharpnessAgain),
            ("questions.beforeYouTry", wording.Questions.BeforeYouTry),
            ("exerciseWaitsAny", wording.ExerciseWaitsAny),
            ("questions.whileItWaits", wording.Questions.WhileItWaits),
            ("questions.unsure", wording.Questions.Unsure),
            ("actions.sharpAnswer", wording.Actions.SharpAnswer),
            ("actions.dullAnswer", wording.Actions.DullAnswer),
            ("howTo.heading", wording.HowTo.Heading),
            ("howTo.explanationHeading", wording.HowTo.ExplanationHeading),
            ("howTo.hold", wording.HowTo.Hold),
            ("howTo.frequency", wording.HowTo.Frequency),
            ("howTo.notSaid", wording.HowTo.NotSaid),
            ("howTo.noSteps", wording.HowTo.NoSteps),
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
            ("pictures.inWords", wording.Pictures.InWords),
            ("pictures.noVideo", wording.Pictures.NoVideo),
            ("pictures.nothingShown", wording.Pictures.NothingShown),
            ("pictures.noPicture", wording.Pictures.NoPicture),
            ("pictures.noPictureOfVersion", wording.Pictures.NoPictureOfVersion),
            ("positions.fits", wording.Positions.Fits),
            ("positions.noVersion", wording.Positions.NoVersion),
            ("positions.versionLead", wording.Positions.VersionLead),
            ("cards.crisisHeading", wording.Cards.CrisisHeading),
            ("cards.helpHeading", wording.Cards.HelpHeading),
            ("cards.callButton", wording.Cards.CallButton),
            ("cards.oneToOneButton", wording.Cards.OneToOneButton),
            ("shared.oneToOne", wording.Shared.OneToOne),
            ("shared.pregnancyCaution", wording.Shared.PregnancyCaution),
            ("shared.forgotten", wording.Shared.Forgotten),
            ("shared.triage.emergency", wording.Shared.Triage.Emergency),
            ("shared.triage.urgent", wording.Shared.Triage.Urgent),
            ("shared.triage.urgentPregnancy", wording.Shared.Triage.UrgentPregnancy),
            ("shared.triage.doctor", wording.Shared.Triage.Doctor),
            ("shared.triage.doctorUnsure", wording.Shared.Triage.DoctorUnsure),
            ("shared.triage.selfCare", wording.Shared.Triage.SelfCare),
        };
        foreach (var (key, value) in required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"'{key}' is missing or empty.";
            }
        }

        // The point of the shared wording is that nothing the person said comes back in front of others.
        foreach (var (key, value) in required.Where(entry => entry.Key.StartsWith("shared.", StringComparison.Ordinal)))
        {
            foreach (var echo in EchoPlaceholders.Where(placeholder => value.Contains(placeholder, StringComparison.Ordinal)))
            {
                yield return $"'{key}' repeats what the person said ({echo}): in a shared conversation it must not.";
            }
        }

        foreach (var reason in new[] { TriageAssessor.SharpPainReason, TriageAssessor.LongDurationReason })
        {
            if (!wording.DoctorReasons.TryGetValue(reason, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'doctorReasons.{reason}' is missing or empty.";
            }
        }

        foreach (var position in BackCare.Knowledge.Positions.All.Where(position => string.IsNullOrWhiteSpace(wording.Positions.Names.GetValueOrDefault(position))))
        {
            yield return $"'positions.names.{position}' is missing or empty: a person can rule it out.";
        }

        foreach (var position in wording.Positions.Moves.Keys.Where(position => !BackCare.Knowledge.Positions.IsKnown(position)))
        {
            yield return $"'positions.moves.{position}' names no position a person can rule out.";
        }

        if (wording.Routine.Steps.Count == 0)
        {
            yield return "'routine.steps' is missing or empty.";
        }

        if (wording.Actions.DurationAnswers.Count == 0)
        {
            yield return "'actions.durationAnswers' is missing or empty.";
        }

        foreach (var talk in Enum.GetValues<Talk>().Where(TalkKinds.IsAnsweredOnItsOwn))
        {
            // Answered with no decision, so its answer stands in `talk` or as the general one in `afterDecision`.
            var key = TalkReader.KeyOf(talk);
            if (string.IsNullOrWhiteSpace(wording.Talk.GetValueOrDefault(key)) && string.IsNullOrWhiteSpace(wording.AfterDecision.GetValueOrDefault(key)))
            {
                yield return $"'talk.{key}' (or 'afterDecision.{key}') is missing or empty: the bot answers it on its own.";
            }
        }

        foreach (var (term, text) in wording.Terms.Where(entry => string.IsNullOrWhiteSpace(entry.Value) || entry.Key.Split('|').Any(string.IsNullOrWhiteSpace)))
        {
            yield return $"terms: '{term}' needs each of its spellings and a definition.";
        }

        foreach (var key in wording.TalkAdvice.Keys.Where(key => !wording.Talk.ContainsKey(key) && !wording.AfterDecision.ContainsKey(key)))
        {
            yield return $"'talkAdvice.{key}' names no answer in 'talk' or 'afterDecision'.";
        }

        foreach (var level in new[] { "emergency", "urgent", "doctor", "self-care" })
        {
            if (!wording.ToldBefore.TryGetValue(level, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'toldBefore.{level}' is missing or empty.";
            }

            if (!wording.HeardNoChange.TryGetValue(level, out var heard) || string.IsNullOrWhiteSpace(heard))
            {
                yield return $"'heardNoChange.{level}' is missing or empty.";
            }

            if (!wording.ToldBeforeAgain.TryGetValue(level, out var again) || again.Count == 0 || again.Any(string.IsNullOrWhiteSpace))
            {
                yield return $"'toldBeforeAgain.{level}' needs at least one wording, none empty.";
            }
        }

        foreach (var level in new[] { "urgent", "doctor" })
        {
            if (!wording.ExerciseWaits.TryGetValue(level, out var text) || !text.Contains("{title}", StringComparison.Ordinal))
            {
                yield return $"'exerciseWaits.{level}' is missing or names no {{title}}.";
            }
        }

        foreach (var key in new[] { "hold-time", "how-often", "how-many", "is-it-safe", "which-side", "easier", "simpler", "define", "harder", "why-this", Replies.ReplyComposer.OnScreenKey, Replies.ReplyComposer.EasierAgainKey })
        {
            if (!wording.AboutAdvice.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'aboutAdvice.{key}' is missing or empty.";
            }
        }

        if (string.IsNullOrWhiteSpace(wording.Talk.GetValueOrDefault(Replies.ReplyComposer.CheckFirstKey)))
        {
            yield return $"'talk.{Replies.ReplyComposer.CheckFirstKey}' is missing or empty.";
        }

        if (string.IsNullOrWhiteSpace(wording.Talk.GetValueOrDefault(Replies.ReplyComposer.StillHereKey)))
        {
            yield return $"'talk.{Replies.ReplyComposer.StillHereKey}' is missing or empty.";
        }

        if (string.IsNullOrWhiteSpace(wording.Talk.GetValueOrDefault(Replies.ReplyComposer.PregnancyPickKey)))
        {
            yield return $"'talk.{Replies.ReplyComposer.PregnancyPickKey}' is missing or empty.";
        }

        foreach (var key in new[] { "meanwhile", "which-professional", "real-person", "not-sharp-anymore", "drive", "medicine", "what-to-tell", "watch-for", "stretch-later", "find-help", "if-it-persists", "if-it-clears" })
        {
            if (!wording.AfterDecision.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'afterDecision.{key}' is missing or empty.";
            }
        }

        foreach (var reason in BackCareDecider.UnansweredReasons)
        {
            if (!wording.UnknownFacts.TryGetValue(reason, out var text) || string.IsNullOrWhiteSpace(text))
            {
                yield return $"'unknownFacts.{reason}' is missing or empty.";
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
