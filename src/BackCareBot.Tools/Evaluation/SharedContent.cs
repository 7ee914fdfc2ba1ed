using BackCareBot.BackCare;
using BackCareBot.Conversation;
using BackCareBot.Conversation.Wording;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCareBot.Evaluation;

/// <summary>
/// The back-care layer and the reply wording, loaded once through the layers' own registrations and shared by bots
/// that each have services of their own (a fresh store per case): they never change, and building the pain-fact
/// extractor takes about half a second.
/// </summary>
internal sealed class SharedContent
{
    private readonly ServiceProvider _loaded;
    private readonly Type[] _shared;

    /// <summary>Loads and validates the content of <paramref name="dialogsFolder"/> now, as the bot does at startup.</summary>
    public SharedContent(string dialogsFolder)
    {
        DialogsFolder = dialogsFolder;
        _shared = [.. new ServiceCollection().AddBackCare(dialogsFolder).Select(registration => registration.ServiceType).Append(typeof(ReplyWording)).Distinct()];
        _loaded = new ServiceCollection().AddBackCare(dialogsFolder).AddBackCareConversation().BuildServiceProvider();
        foreach (var type in _shared)
        {
            _loaded.GetRequiredService(type);
        }
    }

    public string DialogsFolder { get; }

    public T Get<T>()
        where T : notnull => _loaded.GetRequiredService<T>();

    /// <summary>
    /// Registers the back-care layer and the conversation as the host does (<c>AddBackCare</c>,
    /// <c>AddBackCareConversation</c>), then swaps the content's registrations for the instances loaded here.
    /// </summary>
    public IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddBackCare(DialogsFolder);
        services.AddBackCareConversation();
        foreach (var type in _shared)
        {
            services.RemoveAll(type);
            services.AddSingleton(type, _loaded.GetRequiredService(type));
        }

        return services;
    }
}
