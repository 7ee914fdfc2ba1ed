using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Evaluation;

/// <summary>
/// Evaluates the whole bot in process: each message goes through the turn pipeline (<c>CloudAdapter</c> with
/// <c>expectReplies</c>) to the dialogs, and the decisions are read from the replies' entities and input hints, as a
/// client would read them. Each case gets a bot of its own over a fresh <see cref="MemoryStorage"/>; the content and
/// the understanding step, which are costly to build and never change, are shared.
/// </summary>
internal sealed class BotEvaluationSubject(
    KnowledgeBase knowledge, ReplyWording wording, AdviceMatcher matcher, BackCareDecider decider, TimeProvider time)
    : IEvaluationSubject
{
    /// <summary>The content of the checkout's <c>dialogs</c> folder, loaded as the bot loads it at startup.</summary>
    public static BotEvaluationSubject Load(string repositoryRoot, TimeProvider time)
    {
        var knowledge = KnowledgeLoader.Load(RepositoryRoot.Knowledge(repositoryRoot));
        var rules = TriageRulesLoader.Load(RepositoryRoot.Rules(repositoryRoot));
        var wording = ReplyWordingLoader.Load(RepositoryRoot.Dialogs(repositoryRoot), rules.SignNames);
        var matcher = new AdviceMatcher(knowledge);
        var understanding = new BackCareUnderstanding(knowledge, matcher, new PainFactExtractor(rules));
        return new BotEvaluationSubject(knowledge, wording, matcher, new BackCareDecider(understanding, knowledge, rules), time);
    }

    public IEvaluationConversation StartConversation()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(new ConfigurationBuilder().Build());
        services.AddSingleton(knowledge);
        services.AddSingleton(wording);
        services.AddSingleton(matcher);
        services.AddSingleton(decider);
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton(time);
        services.AddBackCareConversation();
        return new BotEvaluationConversation(services.BuildServiceProvider(), time);
    }
}
