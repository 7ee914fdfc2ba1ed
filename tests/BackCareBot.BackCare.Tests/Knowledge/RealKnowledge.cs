using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>The repository's knowledge folder, loaded once for all tests that only read it.</summary>
internal static class RealKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeLoader.Load(RepositoryFolders.Knowledge));

    public static KnowledgeBase Base => Loaded.Value;
}
