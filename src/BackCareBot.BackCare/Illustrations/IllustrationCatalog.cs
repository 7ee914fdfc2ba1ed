using System.Collections.Frozen;

namespace BackCareBot.BackCare.Illustrations;

/// <summary>The advice that has a picture, from <c>dialogs/illustrations/illustrations.yaml</c>, loaded once at startup.</summary>
public sealed class IllustrationCatalog
{
    private readonly FrozenDictionary<string, Illustration> _byAdviceId;

    public IllustrationCatalog(IEnumerable<Illustration> illustrations)
    {
        ArgumentNullException.ThrowIfNull(illustrations);
        All = [.. illustrations];
        _byAdviceId = All.ToFrozenDictionary(illustration => illustration.AdviceId, StringComparer.Ordinal);
    }

    /// <summary>In the order of <see cref="AdviceIds.All"/>.</summary>
    public IReadOnlyList<Illustration> All { get; }

    /// <summary>The picture of an advice id; null for advice without one (an explanation) and for unknown ids.</summary>
    public Illustration? Find(string adviceId) => _byAdviceId.GetValueOrDefault(adviceId);
}
