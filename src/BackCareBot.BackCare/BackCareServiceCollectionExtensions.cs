using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BackCare;

public static class BackCareServiceCollectionExtensions
{
    /// <summary>
    /// Registers the back-care layer as singletons: the knowledge, the triage rules, the illustrations
    /// (<see cref="AdvicePictures"/>), the matcher, the pain-fact extractor, the understanding step and the decider.
    /// The content is loaded and validated when first resolved; the host, the tools, the tests and the benchmarks
    /// all build the layer through this one list.
    /// </summary>
    /// <param name="dialogsFolder">The <c>dialogs</c> folder holding <c>knowledge/</c>, <c>rules/</c> and <c>illustrations/</c>.</param>
    public static IServiceCollection AddBackCare(this IServiceCollection services, string dialogsFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsFolder);
        var content = new BackCareContent(dialogsFolder);
        return services.AddBackCare(_ => content);
    }

    /// <param name="content">Where the content is, read when the layer is first resolved (from the host's options).</param>
    public static IServiceCollection AddBackCare(this IServiceCollection services, Func<IServiceProvider, BackCareContent> content)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(content);
        services.AddSingleton(content);
        services.AddSingleton(provider => KnowledgeLoader.Load(provider.GetRequiredService<BackCareContent>().KnowledgeFolder));
        services.AddSingleton(provider => TriageRulesLoader.Load(provider.GetRequiredService<BackCareContent>().RulesFolder));
        services.AddSingleton(provider => IllustrationLoader.Load(provider.GetRequiredService<BackCareContent>().IllustrationsFolder));
        services.AddSingleton(provider => new AdvicePictures(
            provider.GetRequiredService<IllustrationCatalog>(),
            provider.GetRequiredService<BackCareContent>().PicturesBaseUrl));
        services.AddSingleton<AdviceMatcher>();
        services.AddSingleton<PainFactExtractor>();
        services.AddSingleton<MessageGlossary>();
        services.AddSingleton<BackCareUnderstanding>();
        services.AddSingleton<BackCareDecider>();
        return services;
    }
}
