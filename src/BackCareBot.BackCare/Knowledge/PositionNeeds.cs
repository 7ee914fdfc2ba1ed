namespace BackCareBot.BackCare.Knowledge;

/// <summary>What a move's position asks of the body (advice <c>position</c>), so a position ruled out is honoured.</summary>
/// <param name="Needs">The positions the article's move needs (<see cref="Positions"/>).</param>
/// <param name="VersionAvoids">The positions its easier version (replies <c>easier.&lt;id&gt;</c>) does without.</param>
/// <param name="VersionShows">
/// Another advice whose version the easier one is ("half-kneeling windmill" without kneeling is the standing hip flexor
/// stretch), so it is not offered again as the next one; null when the version is the move's own.
/// </param>
/// <param name="VersionNeeds">The positions the easier version itself needs (the standing hip flexor stretch: standing).</param>
public sealed record PositionNeeds(IReadOnlyList<string> Needs, IReadOnlyList<string> VersionAvoids, string? VersionShows, IReadOnlyList<string>? VersionNeeds = null)
{
    public static PositionNeeds None { get; } = new([], [], null);

    /// <summary>
    /// The positions ruled out that this move needs, in the order they were ruled out; empty when it suits them. When
    /// it doesn't, the ruled-out positions its version needs follow, so the version is not offered either (a wheelchair
    /// user gets neither the kneeling stretch nor its standing version).
    /// </summary>
    public IReadOnlyList<string> Conflicts(IReadOnlyCollection<string> ruledOut)
    {
        if (ruledOut.Count == 0 || Needs.Count == 0)
        {
            return [];
        }

        var conflicts = ruledOut.Where(Needs.Contains).ToList();
        if (conflicts.Count > 0 && VersionNeeds is { Count: > 0 } versionNeeds)
        {
            conflicts.AddRange(ruledOut.Where(position => versionNeeds.Contains(position) && !conflicts.Contains(position)));
        }

        return conflicts;
    }

    /// <summary>The easier version does without every one of <paramref name="conflicts"/>.</summary>
    public bool VersionAvoidsAll(IReadOnlyList<string> conflicts) => conflicts.All(VersionAvoids.Contains);
}
