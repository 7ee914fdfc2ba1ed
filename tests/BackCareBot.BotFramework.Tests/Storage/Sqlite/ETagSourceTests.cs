using BackCareBot.Storage.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

public sealed class ETagSourceTests
{
    [Fact]
    public void Next_FromSeveralStoresOnManyThreads_NeverRepeats()
    {
        var stores = new[] { new ETagSource(), new ETagSource(), new ETagSource() };
        var issued = new string[60_000];

        Parallel.For(0, issued.Length, n => issued[n] = stores[n % stores.Length].Next());

        Assert.Equal(issued.Length, issued.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Next_Is32LowercaseHexDigits()
    {
        var eTag = new ETagSource().Next();

        Assert.Matches("^[0-9a-f]{32}$", eTag);
    }
}
