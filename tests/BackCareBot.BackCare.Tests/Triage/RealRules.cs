using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>The repository's <c>dialogs/rules</c>, loaded once for the test run, as the bot loads them at startup.</summary>
internal static class RealRules
{
    private static readonly Lazy<TriageRules> Loaded = new(() => TriageRulesLoader.Load(RepositoryFolders.Rules));

    public static TriageRules Rules => Loaded.Value;
}
