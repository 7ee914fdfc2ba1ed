using BackCareBot.BackCare;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.Benchmarks;

/// <summary>Builds the understanding step from the knowledge copied beside the benchmark binary.</summary>
internal static class UnderstandingFactory
{
    public static BackCareUnderstanding Create() =>
        BackCareUnderstanding.Create(
            KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "knowledge")),
            TriageRulesLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs", "rules")));
}
