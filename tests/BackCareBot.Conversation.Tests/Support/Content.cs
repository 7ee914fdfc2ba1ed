using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.Wording;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>
/// The project's real content, loaded once for all tests through the layers' own registrations (<c>AddBackCare</c>,
/// <c>AddBackCareConversation</c>): the knowledge, the reply wording, the matcher and the understanding step (whose
/// date recogniser takes about half a second to build). All of it is immutable and thread-safe.
/// </summary>
internal static class Content
{
    private static readonly Lazy<ServiceProvider> Loaded = new(() =>
        new ServiceCollection().AddBackCare(RepositoryDialogs.Folder).AddBackCareConversation().BuildServiceProvider());

    /// <summary>What the back-care layer registers, and the wording: shared by every test bot.</summary>
    private static readonly Type[] Shared =
        [.. new ServiceCollection().AddBackCare(RepositoryDialogs.Folder).Select(registration => registration.ServiceType).Append(typeof(ReplyWording)).Distinct()];

    public static KnowledgeBase Knowledge => Get<KnowledgeBase>();

    public static TriageRules Rules => Get<TriageRules>();

    public static ReplyWording Wording => Get<ReplyWording>();

    public static BackCareUnderstanding Understanding => Get<BackCareUnderstanding>();

    public static BackCareDecider Decider => Get<BackCareDecider>();

    public static AdviceMatcher Matcher => Get<AdviceMatcher>();

    public static ReplyComposer Composer => Get<ReplyComposer>();

    public static DialogEngine Engine => Get<DialogEngine>();

    /// <summary>
    /// Registers the back-care layer and the conversation as the host does, then swaps the content's registrations
    /// for the instances loaded here, so a bot with services of its own (its storage, its logs) starts at once.
    /// </summary>
    public static IServiceCollection AddSharedBackCareConversation(this IServiceCollection services)
    {
        services.AddBackCare(RepositoryDialogs.Folder);
        services.AddBackCareConversation();
        foreach (var type in Shared)
        {
            services.RemoveAll(type);
            services.AddSingleton(type, Loaded.Value.GetRequiredService(type));
        }

        return services;
    }

    public static T Get<T>()
        where T : notnull => Loaded.Value.GetRequiredService<T>();
}
