using System.Globalization;
using System.Security.Cryptography;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// ETags that never repeat: a random number drawn once per store and a counter. A new GUID for every write costs a
/// system call for its random bytes, which is as much as the rest of the write's CPU outside SQLite; the random part
/// keeps two stores on one file (other processes, or this one after a restart) from ever issuing the same ETag.
/// </summary>
internal sealed class ETagSource
{
    private readonly ulong _store = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
    private long _issued;

    public string Next()
    {
        var state = (Store: _store, Count: (ulong)Interlocked.Increment(ref _issued));
        return string.Create(32, state, static (text, state) =>
        {
            state.Store.TryFormat(text[..16], out _, "x16", CultureInfo.InvariantCulture);
            state.Count.TryFormat(text[16..], out _, "x16", CultureInfo.InvariantCulture);
        });
    }
}
