using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.Channels;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.HelpLines;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Wording;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Registers BackCareBot's dialogs as the <see cref="IBot"/>, with its error recovery, the reply wording
    /// (<c>dialogs/replies.yaml</c>, loaded when first resolved, with the warning signs' names from the triage rules)
    /// and the emergency numbers by country (<c>dialogs/emergency-numbers.yaml</c>). The
    /// back-care layer (<c>AddBackCare</c>), the Bot Framework protocol, an <c>IStorage</c> and a
    /// <see cref="TimeProvider"/> come from the caller.
    /// </summary>
    public static IServiceCollection AddBackCareConversation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(provider => ReplyWordingLoader.Load(
            provider.GetRequiredService<BackCareContent>().DialogsFolder,
            provider.GetRequiredService<TriageRules>().SignNames));
        services.AddSingleton(provider => TalkReader.Load(provider.GetRequiredService<BackCareContent>().DialogsFolder));
        services.AddSingleton(provider => EmergencyNumbersLoader.Load(provider.GetRequiredService<BackCareContent>().DialogsFolder));
        services.AddSingleton<ReplyActivityFactory>();
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
