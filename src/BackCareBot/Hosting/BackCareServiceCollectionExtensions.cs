using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.Conversation;
using BackCareBot.Conversation.Wording;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

public static class BackCareServiceCollectionExtensions
{
    /// <summary>
    /// Registers the back-care layer (knowledge, illustrations, matching, triage) and the conversation on top of it. The content
    /// is loaded and validated, and the date recogniser warmed, while the host starts: a broken knowledge file
    /// stops the bot before it takes a request, and the first person to write does not pay for the cold path.
    /// </summary>
    public static IHostApplicationBuilder AddBackCare(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BackCareOptions>()
            .Bind(builder.Configuration.GetSection(BackCareOptions.SectionName))
            .Validate(options => Directory.Exists(options.DialogsPath), $"{BackCareOptions.SectionName}:DialogsPath must be an existing folder.")
            .ValidateOnStart();

        services.AddSingleton(provider => KnowledgeLoader.Load(Path.Combine(DialogsPath(provider), "knowledge")));
        services.AddSingleton(provider => TriageRulesLoader.Load(Path.Combine(DialogsPath(provider), "rules")));
        services.AddSingleton(provider => ReplyWordingLoader.Load(DialogsPath(provider), provider.GetRequiredService<TriageRules>().SignNames));
        services.AddOptions<IllustrationOptions>()
            .Bind(builder.Configuration.GetSection(IllustrationOptions.SectionName))
            .Validate(options => options.IsValid(),
                $"{IllustrationOptions.SectionName}:PublicBaseUrl must be empty or an absolute http(s) URL without query, and PngWidth 200 to 2400.")
            .ValidateOnStart();
        services.AddSingleton(provider => IllustrationLoader.Load(Path.Combine(DialogsPath(provider), "illustrations")));
        services.AddSingleton(provider => new AdvicePictures(
            provider.GetRequiredService<IllustrationCatalog>(),
            provider.GetRequiredService<IOptions<IllustrationOptions>>().Value.PublicBaseUri()));
        services.AddSingleton<IllustrationFiles>();
        services.AddSingleton<AdviceMatcher>();
        services.AddSingleton<PainFactExtractor>();
        services.AddSingleton<BackCareUnderstanding>();
        services.AddSingleton<BackCareDecider>();
        services.AddBackCareConversation();
        services.AddHostedService<BackCareWarmup>();
        return builder;
    }

    private static string DialogsPath(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<BackCareOptions>>().Value.DialogsPath;
}
