using BackCareBot.BackCare;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.Benchmarks;

/// <summary>Builds the understanding step from the knowledge copied beside the benchmark binary.</summary>
internal static class UnderstandingFactory
{
    public static BackCareUnderstanding Create()
    {
        var knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "knowledge"));
        var extractor = new PainFactExtractor();
        return new BackCareUnderstanding(new AdviceMatcher(knowledge), extractor);
    }
}
