using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>The repository's knowledge folder, loaded once for all tests that only read it.</summary>
internal static class RealKnowledge
{
    public static KnowledgeBase Base => RealBackCare.Get<KnowledgeBase>();
}
