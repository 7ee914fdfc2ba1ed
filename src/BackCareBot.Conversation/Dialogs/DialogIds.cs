namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// The dialogs of BackCareBot. The ids are stored in conversation state and written to logs, so an id is never
/// renamed: a stored id that is no longer known starts the conversation over.
/// </summary>
public static class DialogIds
{
    /// <summary>The greeting with the disclaimer, when someone joins or installs the bot.</summary>
    public const string Welcome = "welcome";

    public const string Help = "help";

    /// <summary>"Start over": forgets the dialog state of the conversation.</summary>
    public const string StartOver = "start-over";

    /// <summary>"Forget me": deletes everything stored about the person and the conversation.</summary>
    public const string ForgetMe = "forget-me";

    /// <summary>Advice and its follow-ups (how to do it, the next stretch, why sitting does this). Stored.</summary>
    public const string Advice = "advice";

    /// <summary>A question about the pain (how long, how sharp) waiting for its answer. Stored.</summary>
    public const string TriageFollowUp = "triage-follow-up";

    /// <summary>The triage decision: warning signs, the coach's doctor rule, or self-care.</summary>
    public const string Triage = "triage";

    /// <summary>"Which of these did you mean?" waiting for a choice. Stored.</summary>
    public const string Disambiguation = "disambiguation";

    /// <summary>Nothing in the article fits: the topics the bot knows.</summary>
    public const string Fallback = "fallback";

    /// <summary>A message with nothing to read in it (blank, only emoji or markup).</summary>
    public const string EmptyMessage = "empty-message";

    /// <summary>Thoughts of self-harm or suicide: crisis lines, before anything else.</summary>
    public const string Crisis = "crisis";

    /// <summary>The person said where they are and nothing else: who to call there.</summary>
    public const string HelpWhereYouAre = "help-where-you-are";

    /// <summary>One question about a possible warning sign no rule placed, waiting for its answer. Stored.</summary>
    public const string Screening = "screening";

    /// <summary>The guided routine of the article's five expert tips, waiting for Next, Skip or Stop. Stored.</summary>
    public const string Routine = "routine";

    /// <summary>Thanks, ok, bye, who are you: a short answer.</summary>
    public const string SmallTalk = "small-talk";

    /// <summary>Another body part than the back: what the bot covers.</summary>
    public const string OutOfScope = "out-of-scope";
}
