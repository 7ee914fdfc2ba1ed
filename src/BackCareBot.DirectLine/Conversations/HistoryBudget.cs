namespace BackCareBot.DirectLine.Conversations;

/// <summary>
/// The bytes of activity JSON every conversation holds, counted together against
/// <see cref="DirectLineOptions.MaxTotalBytes"/>. Per-conversation bounds alone would let 10,000 conversations of
/// 256 KB hold 2.5 GB, more than a small App Service plan has; this bound is the one the plan is sized for.
/// Conversations report what they add and drop; when the total is over, <paramref name="overspent"/> is called with
/// the conversation that added last (outside its lock), and the store makes room by closing the least recently active.
/// </summary>
internal sealed class HistoryBudget(long maxBytes, Action<DirectLineConversation> overspent)
{
    private long _used;

    public long MaxBytes => maxBytes;

    public long UsedBytes => Interlocked.Read(ref _used);

    public bool IsOverspent => UsedBytes > maxBytes;

    /// <summary>Adds (or with a negative value, releases) bytes; true when the total is now over the budget.</summary>
    public bool Charge(long bytes) => Interlocked.Add(ref _used, bytes) > maxBytes;

    public void OnOverspent(DirectLineConversation conversation) => overspent(conversation);
}
