using BackCareBot.BotFramework.Pipeline;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers BackCareBot's dialogs as the <see cref="IBot"/>, with its error recovery. The back-care layer
    /// (<c>KnowledgeBase</c>, <c>AdviceMatcher</c>, <c>BackCareUnderstanding</c>), the <c>ReplyWording</c>, an <c>IStorage</c> and a
    /// <see cref="TimeProvider"/> come from the caller.
    /// </summary>
    public static IServiceCollection AddBackCareConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.AddSingleton<ConversationMetrics>();
        services.AddSingleton<ReplyComposer>();
        services.AddSingleton<DialogEngine>();
        services.AddSingleton<DialogStateStore>();
        services.AddSingleton<DialogTurnRunner>();
        services.AddSingleton<WelcomeTracker>();
        services.AddSingleton<IBot, BackCareConversationBot>();
        services.AddSingleton<ITurnErrorRecovery, BackCareErrorRecovery>();
        return services;
    }
}
