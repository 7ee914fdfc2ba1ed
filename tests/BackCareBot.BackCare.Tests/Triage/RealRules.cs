using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>The repository's <c>dialogs/rules</c>, loaded once for the test run, as the bot loads them at startup.</summary>
internal static class RealRules
{
    public static TriageRules Rules => RealBackCare.Get<TriageRules>();
}
