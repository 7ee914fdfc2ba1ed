using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>
/// The project's real content, loaded once for all tests: the knowledge, the reply wording, the matcher and the
/// understanding step (whose date recogniser takes about half a second to build). All of it is immutable and thread-safe.
/// </summary>
internal static class Content
{
    private static readonly Lazy<KnowledgeBase> LazyKnowledge = new(() => KnowledgeLoader.Load(Path.Combine(RepositoryDialogs.Folder, "knowledge")));
    private static readonly Lazy<TriageRules> LazyRules = new(() => TriageRulesLoader.Load(Path.Combine(RepositoryDialogs.Folder, "rules")));
    private static readonly Lazy<ReplyWording> LazyWording = new(() => ReplyWordingLoader.Load(RepositoryDialogs.Folder, Rules.SignNames));
    private static readonly Lazy<BackCareUnderstanding> LazyUnderstanding = new(() => BackCareUnderstanding.Create(Knowledge, Rules));
    private static readonly Lazy<AdviceMatcher> LazyMatcher = new(() => new AdviceMatcher(Knowledge));

    public static KnowledgeBase Knowledge => LazyKnowledge.Value;

    public static TriageRules Rules => LazyRules.Value;

    public static ReplyWording Wording => LazyWording.Value;

    public static BackCareUnderstanding Understanding => LazyUnderstanding.Value;

    public static BackCareDecider Decider => new(Understanding, Knowledge, Rules);

    public static AdviceMatcher Matcher => LazyMatcher.Value;

    public static ReplyComposer Composer => new(Knowledge, Wording);

    public static DialogEngine Engine => new(Decider, Knowledge, Composer, Wording);
}
