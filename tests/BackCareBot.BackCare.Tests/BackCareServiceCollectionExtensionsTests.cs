using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BackCare.Tests;

public sealed class BackCareServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBackCare_RegistersEveryPieceOfTheLayerAsASingleton()
    {
        var services = new ServiceCollection().AddBackCare(RepositoryFolders.Dialogs);

        Type[] pieces =
        [
            typeof(BackCareContent), typeof(KnowledgeBase), typeof(TriageRules), typeof(IllustrationCatalog), typeof(AdvicePictures),
            typeof(AdviceMatcher), typeof(PainFactExtractor), typeof(MessageGlossary), typeof(BackCareUnderstanding), typeof(BackCareDecider),
        ];
        Assert.Equal(pieces.ToHashSet(), services.Select(registration => registration.ServiceType).ToHashSet());
        Assert.All(services, registration => Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime));
    }

    [Fact]
    public void AddBackCare_LoadsTheContentWhenFirstResolved()
    {
        using var provider = new ServiceCollection().AddBackCare(RepositoryFolders.Dialogs).BuildServiceProvider();

        var decider = provider.GetRequiredService<BackCareDecider>();

        Assert.Same(decider, provider.GetRequiredService<BackCareDecider>());
        Assert.NotEmpty(provider.GetRequiredService<KnowledgeBase>().Entries);
    }

    [Fact]
    public void AddBackCare_AddressesPicturesFromTheGivenBaseUrl()
    {
        using var provider = new ServiceCollection()
            .AddBackCare(_ => new BackCareContent(RepositoryFolders.Dialogs, new Uri("https://bot.example.org/")))
            .BuildServiceProvider();

        var picture = provider.GetRequiredService<AdvicePictures>().Find(AdviceIds.HamstringStretch);

        Assert.Equal(new Uri("https://bot.example.org/illustrations/hamstring-stretch.png"), picture?.PngUrl);
    }

    [Fact]
    public void AddBackCare_MissingFolder_FailsWhenTheKnowledgeIsResolved()
    {
        using var provider = new ServiceCollection().AddBackCare(Path.Combine(Path.GetTempPath(), $"no-dialogs-{Guid.NewGuid():N}")).BuildServiceProvider();

        Assert.Throws<KnowledgeException>(() => provider.GetRequiredService<KnowledgeBase>());
    }
}
