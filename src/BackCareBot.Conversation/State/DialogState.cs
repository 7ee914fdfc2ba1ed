using System.Text.Json.Serialization;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.State;

/// <summary>
/// What BackCareBot remembers about one conversation between turns: ids, levels and pain facts, never what the
/// person wrote. Stored as a small JSON document (<see cref="DialogStateDocument"/>) whose <see cref="Version"/>
/// says how to read it.
/// </summary>
public sealed record DialogState
{
    /// <summary>The document shape this code writes and reads. Raise it when the shape changes meaning.</summary>
    public const int CurrentVersion = 1;

    public static DialogState Fresh { get; } = new();

    public int Version { get; init; } = CurrentVersion;

    /// <summary>The dialog the next message continues (<see cref="Dialogs.DialogIds"/>), or null when none waits.</summary>
    public string? Dialog { get; init; }

    /// <summary>The pain facts the person has told the bot so far in this conversation.</summary>
    public StoredPainFacts? Facts { get; init; }

    /// <summary>The advice the follow-ups ("How do I do it?") are about.</summary>
    public string? AdviceId { get; init; }

    /// <summary>Every advice shown in this conversation, so "the next stretch" is one not seen yet.</summary>
    public IReadOnlyList<string> Shown { get; init; } = [];

    /// <summary>The candidates of a "which of these did you mean?" question, in the order offered.</summary>
    public IReadOnlyList<AdviceChoice> Choices { get; init; } = [];

    /// <summary>The pain question waiting for an answer.</summary>
    public MissingPainFacts Asked { get; init; }

    /// <summary>How many times the same pain question was asked again after an answer that did not answer it.</summary>
    public int Reasks { get; init; }

    /// <summary>Pain facts the person could not give after being asked twice; triage decides without them.</summary>
    public MissingPainFacts Unanswered { get; init; }

    /// <summary>The triage decision the bot last told the person, so it is not repeated on every turn.</summary>
    public AnnouncedTriage? Announced { get; init; }

    /// <summary>The screening concept whose question waits for an answer (<c>dialogs/rules/screening/</c> id).</summary>
    public string? ScreeningAsked { get; init; }

    /// <summary>Screening concepts the person ruled out, so they are not asked again.</summary>
    public IReadOnlyList<string> Screened { get; init; } = [];

    /// <summary>The guided routine's step shown last (0-based), kept when it is paused so it resumes there; null when none.</summary>
    public int? RoutineStep { get; init; }

    /// <summary>
    /// The country the person said they are in ("I'm in the UK"), as a two-letter code: its emergency numbers and
    /// crisis lines replace their locale's from then on. Null until they say.
    /// </summary>
    public string? Country { get; init; }

    /// <summary>The last reply was the fallback, so the next one is worded differently.</summary>
    public bool LastWasFallback { get; init; }

    /// <summary>How many replies in a row only reminded of the decision, so the next reminder is worded differently.</summary>
    public int Reminders { get; init; }

    /// <summary>
    /// A fingerprint of the bot's last reply when it carried a decision (never the person's words), so a decision's
    /// paragraph is not said again word for word on the next turn, whatever path would say it. Zero otherwise.
    /// </summary>
    public int LastReplyPrint { get; init; }

    /// <summary>
    /// Fingerprints of the bot's last few answers, newest last (never the person's words), so no answer is said again
    /// word for word a turn or two later. Empty when there were none.
    /// </summary>
    public IReadOnlyList<int> AnswerPrints { get; init; } = [];

    /// <summary>The person just said they were safe after crisis lines: an exercise shown next comes with the lines.</summary>
    public bool CheckInOwed { get; init; }

    /// <summary>The advice asked for when a screening question came first, given once the question is answered.</summary>
    public string? Deferred { get; init; }

    /// <summary>
    /// The person asked for someone else, and then said help has come for them ("the ambulance is here"): when they
    /// turn to their own back, the other person's decision no longer holds the conversation.
    /// </summary>
    public bool OtherInCare { get; init; }

    /// <summary>
    /// How many times the advice on screen was asked for again in other words: its steps the first time, why it helps
    /// the second, a pointer to it after that, so the same card never comes back word for word.
    /// </summary>
    public int AskedAgain { get; init; }

    /// <summary>The waiting pain question was already asked again beside another answer: it is not asked a third time.</summary>
    public bool QuestionRepeated { get; init; }

    /// <summary>
    /// Advice the person turned down in this conversation ("no yoga", "can't get on the floor"), by id: not offered as
    /// the next stretch, and skipped by the routine's Next.
    /// </summary>
    public IReadOnlyList<string> Declined { get; init; } = [];

    /// <summary>
    /// Positions the person said they can't take ("no kneeling, dodgy knees"), by name (<see cref="BackCare.Knowledge.Positions"/>):
    /// every move shown after is its version without them, or left out when it has none.
    /// </summary>
    public IReadOnlyList<string> RuledOut { get; init; } = [];

    /// <summary>
    /// The question just answered about a piece of advice (how long to hold it, how often...), for the turn after
    /// only: "and for the hip flexor?" asks the same of another.
    /// </summary>
    public Dialogs.Recognition.Talk? LastQuestion { get; init; }

    /// <summary>
    /// Crisis lines were given in this conversation, even if the person later said they are safe: "I'm in the UK" then
    /// asks for that country's lines.
    /// </summary>
    public bool CrisisLinesGiven { get; init; }

    /// <summary>
    /// The decision told before crisis lines took its place ("see a doctor, it's been months"): once the person says
    /// they are safe, it stands again as told, so the back questions that follow are not answered with it word for word.
    /// </summary>
    public AnnouncedTriage? AnnouncedBeforeCrisis { get; init; }

    /// <summary>
    /// The person said they had back surgery or have a back condition ("had a microdiscectomy 3 weeks ago"): every
    /// exercise shown after comes with the check with whoever looks after it.
    /// </summary>
    public bool CheckFirst { get; init; }

    /// <summary>The easier version of the advice on screen was described last ("standing, no kneeling"): "show me" is about it.</summary>
    public bool VersionShown { get; init; }

    /// <summary>
    /// Where help stands for the emergency told ("we called 911", "paramedics are here"): what follows is answered
    /// for waiting for it or having it, not with "call 911" again.
    /// </summary>
    public HelpStatus Help { get; init; }

    /// <summary>Nothing worth storing: a conversation in this state needs no document.</summary>
    [JsonIgnore]
    public bool IsFresh =>
        Dialog is null && Facts is null && AdviceId is null && Shown.Count == 0 && Choices.Count == 0
        && Asked == MissingPainFacts.None && Reasks == 0 && Unanswered == MissingPainFacts.None && Announced is null
        && ScreeningAsked is null && Screened.Count == 0 && Deferred is null && !LastWasFallback && Reminders == 0 && RoutineStep is null && Country is null && !OtherInCare && AskedAgain == 0 && !QuestionRepeated && Declined.Count == 0 && RuledOut.Count == 0 && !VersionShown && !CrisisLinesGiven && AnnouncedBeforeCrisis is null && LastQuestion is null && !CheckFirst && Help == HelpStatus.None
        // The answers just given are remembered too, so a small-talk answer at the start is not said again whole.
        && LastReplyPrint == 0 && AnswerPrints.Count == 0;

    [JsonIgnore]
    public PainFacts? PainFacts => Facts?.ToPainFacts();

    /// <summary>What the decider needs to know of this conversation.</summary>
    [JsonIgnore]
    public ConversationContext Context =>
        new(PainFacts ?? BackCare.Triage.PainFacts.None, Asked, Reasks, Unanswered, ScreeningAsked, Screened, Deferred);

    /// <summary>The advice <paramref name="adviceId"/> on screen, and counted among those shown.</summary>
    public DialogState OnScreen(string adviceId) =>
        this with { Dialog = Dialogs.DialogIds.Advice, AdviceId = adviceId, Shown = Shown.Contains(adviceId) ? Shown : [.. Shown, adviceId] };

    /// <summary>No dialog waits for an answer any more; what the person said about their pain stays.</summary>
    public DialogState EndDialog() =>
        this with { Dialog = null, Choices = [], Asked = MissingPainFacts.None, Reasks = 0, ScreeningAsked = null, Deferred = null, QuestionRepeated = false };
}
