using System.Diagnostics.CodeAnalysis;

namespace BackCareBot.BackCare.Knowledge;

/// <summary>
/// Everything BackCareBot knows: one validated entry per advice id, and the vocabulary that leads to them.
/// Built by <see cref="KnowledgeLoader.Load"/> once at startup; immutable and safe to share.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, AdviceEntry> _byId;

    internal KnowledgeBase(IReadOnlyList<AdviceEntry> entries, Vocabulary vocabulary)
    {
        Entries = entries;
        Vocabulary = vocabulary;
        _byId = entries.ToDictionary(entry => entry.Id, StringComparer.Ordinal);
        AdviceIds = entries.Select(entry => entry.Id).ToArray();
    }

    /// <summary>The entries in the order of <see cref="BackCare.AdviceIds.All"/> (the article's order).</summary>
    public IReadOnlyList<AdviceEntry> Entries { get; }

    /// <summary>The ids of <see cref="Entries"/>, in the same order.</summary>
    public IReadOnlyList<string> AdviceIds { get; }

    public Vocabulary Vocabulary { get; }

    /// <exception cref="KeyNotFoundException">The id is not a known advice id.</exception>
    public AdviceEntry this[string id] =>
        _byId.TryGetValue(id, out var entry) ? entry : throw new KeyNotFoundException($"No advice with id '{id}'.");

    public bool TryGet(string id, [NotNullWhen(true)] out AdviceEntry? entry) => _byId.TryGetValue(id, out entry);
}
