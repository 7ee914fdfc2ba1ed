namespace BackCareBot.BotFramework.Storage;

/// <summary>
/// A store that knows when each item was last written, so the state of conversations nobody came back to can be
/// deleted after a retention period. Every store BackCareBot ships implements it: retention that silently does nothing
/// on one store would keep health data its operator believes deleted.
/// </summary>
public interface IExpiringStorage : IStorage
{
    /// <summary>
    /// Deletes every item not written since <paramref name="cutoff"/>. An item written while the sweep runs is kept.
    /// Returns how many were deleted.
    /// </summary>
    Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
