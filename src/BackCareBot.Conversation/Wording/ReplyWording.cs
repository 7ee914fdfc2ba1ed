namespace BackCareBot.Conversation.Wording;

/// <summary>
/// Everything BackCareBot says that does not come from the advice knowledge, loaded from
/// <c>dialogs/replies.yaml</c> by <see cref="ReplyWordingLoader"/>. Every property is validated non-empty at startup.
/// </summary>
public sealed class ReplyWording
{
    public string Disclaimer { get; init; } = "";
    public string SafetyLine { get; init; } = "";
    public string Welcome { get; init; } = "";
    public string Help { get; init; } = "";
    public string Fallback { get; init; } = "";

    /// <summary>The fallback said right after a fallback: never the same words twice in a row.</summary>
    public string FallbackAgain { get; init; } = "";

    /// <summary>The advice offered as topics to tap by the fallback, small talk and out-of-scope replies.</summary>
    public List<string> Topics { get; init; } = [];

    /// <summary>Small talk replies by talk.yaml intent.</summary>
    public Dictionary<string, string> Talk { get; init; } = [];

    /// <summary>
    /// The article item a small-talk answer gives, by intent ("at-desk" names the massage ball): the reply carries
    /// its advice entity, as a card of that item would.
    /// </summary>
    public Dictionary<string, string> TalkAdvice { get; init; } = [];

    /// <summary>The article's own words in plain words, by the ways people type them ("down-regulate|downregulate").</summary>
    public Dictionary<string, string> Terms { get; init; } = [];

    /// <summary>Answers to the questions after a decision, by intent or "intent.level".</summary>
    public Dictionary<string, string> AfterDecision { get; init; } = [];

    public RoutineWording Routine { get; init; } = new();

    /// <summary>Answers about the advice just shown, by talk.yaml intent, with {title}, {hold} and {frequency}.</summary>
    public Dictionary<string, string> AboutAdvice { get; init; } = [];

    /// <summary>One short line per level, for a decision already told.</summary>
    public Dictionary<string, string> ToldBefore { get; init; } = [];

    /// <summary>
    /// "it started about 4 days ago" after the decision: the new detail heard, and the decision it leaves standing, per
    /// level, instead of the bare reminder.
    /// </summary>
    public Dictionary<string, string> HeardNoChange { get; init; } = [];

    /// <summary>The same reminder said again in other words, in turn, so a reminder never repeats word for word.</summary>
    public Dictionary<string, List<string>> ToldBeforeAgain { get; init; } = [];

    /// <summary>
    /// A stretch asked for under a check already told (doctor, urgent), with {title}: why it waits and what to do
    /// meanwhile, rather than the bare reminder.
    /// </summary>
    public Dictionary<string, string> ExerciseWaits { get; init; } = [];

    /// <summary>What {title} reads in <see cref="ExerciseWaits"/> when no one stretch was named.</summary>
    public string ExerciseWaitsAny { get; init; } = "";
    public string Apology { get; init; } = "";
    public string EmptyMessage { get; init; } = "";
    public string StartedOver { get; init; } = "";
    public string Forgotten { get; init; } = "";
    public string NoMoreRelated { get; init; } = "";

    /// <summary>Before two pieces of advice asked about together ("foam roller or massage ball?").</summary>
    public string Comparison { get; init; } = "";

    /// <summary>Crisis language: crisis lines first, warmly and briefly.</summary>
    public string Crisis { get; init; } = "";

    /// <summary>Crisis language again in the same conversation: a shorter reminder of the lines.</summary>
    public string CrisisAgain { get; init; } = "";

    /// <summary>An answer the last reply already gave, asked again in other words: the line before its first sentence.</summary>
    public string SaidJustAbove { get; init; } = "";

    /// <summary>
    /// After crisis lines chosen from the browser's or client's locale alone: a locale says little of where someone is,
    /// so the reply asks for the country.
    /// </summary>
    public string CrisisElsewhere { get; init; } = "";

    /// <summary>"uk", "I'm in India": the person says where they are and nothing else; who to call there.</summary>
    public string HelpWhereYouAre { get; init; } = "";

    /// <summary>After crisis lines were given: "are you a real person?", thanks, bye answered, the lines still there.</summary>
    public Dictionary<string, string> CrisisFollowUps { get; init; } = [];

    /// <summary>Before the first exercise shown the turn after someone said they were safe: the lines kept close.</summary>
    public string CrisisCheckIn { get; init; } = "";

    /// <summary>Crisis words laughed off by the next message: glad, the lines kept close, and the rest answered.</summary>
    public string CrisisLaughedOff { get; init; } = "";

    /// <summary>The person's own back asked about while someone else's emergency help is still on its way.</summary>
    public string OwnBackLater { get; init; } = "";

    /// <summary>Another body part than the back.</summary>
    public string OutOfScope { get; init; } = "";

    /// <summary>Said before an exercise to someone who is pregnant.</summary>
    public string PregnancyCaution { get; init; } = "";

    /// <summary>"oh, I should say I'm 28 weeks pregnant" and nothing else: thanks, then the caution.</summary>
    public string PregnancyNoted { get; init; } = "";
    public TriageWording Triage { get; init; } = new();
    public Dictionary<string, string> DoctorReasons { get; init; } = [];
    public Dictionary<string, string> WarningSigns { get; init; } = [];
    public Dictionary<string, string> UnknownFacts { get; init; } = [];
    public QuestionWording Questions { get; init; } = new();
    public ActionWording Actions { get; init; } = new();
    public AttributionWording Attribution { get; init; } = new();
    public HowToWording HowTo { get; init; } = new();
    public PictureWording Pictures { get; init; } = new();

    public PositionWording Positions { get; init; } = new();
    public CardWording Cards { get; init; } = new();

    /// <summary>The wording for a conversation others read (a Teams group chat or channel).</summary>
    public SharedWording Shared { get; init; } = new();
}
