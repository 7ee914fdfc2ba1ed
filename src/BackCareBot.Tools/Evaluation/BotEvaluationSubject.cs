using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Evaluation;

/// <summary>
/// Evaluates the whole bot in process: each message goes through the turn pipeline (<c>CloudAdapter</c> with
/// <c>expectReplies</c>) to the dialogs, and the decisions are read from the replies' entities and input hints, as a
/// client would read them. Each case gets a bot of its own over a fresh <see cref="MemoryStorage"/>; the content and
/// the understanding step, which are costly to build and never change, are shared.
/// </summary>
internal sealed class BotEvaluationSubject(SharedContent content, TimeProvider time) : IEvaluationSubject
{
    /// <summary>The content of the checkout's <c>dialogs</c> folder, loaded as the bot loads it at startup.</summary>
    public static BotEvaluationSubject Load(string repositoryRoot, TimeProvider time) =>
        new(new SharedContent(RepositoryRoot.Dialogs(repositoryRoot)), time);

    public IEvaluationConversation StartConversation()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(new ConfigurationBuilder().Build());
        content.AddTo(services);
        services.AddSingleton<IStorage>(new MemoryStorage());
        services.AddSingleton(time);
        return new BotEvaluationConversation(services.BuildServiceProvider(), time);
    }
}
