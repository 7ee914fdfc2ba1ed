using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.Evaluation;

/// <summary>Builds the back-care layer from the checkout's knowledge, the way the bot builds it at startup.</summary>
internal static class EvaluatedBackCare
{
    public static BackCareDecider Load(string repositoryRoot)
    {
        var knowledge = KnowledgeLoader.Load(RepositoryRoot.Knowledge(repositoryRoot));
        var rules = TriageRulesLoader.Load(RepositoryRoot.Rules(repositoryRoot));
        return new BackCareDecider(BackCareUnderstanding.Create(knowledge, rules), knowledge, rules);
    }
}
