using System.Buffers;

namespace BackCareBot.BotFramework.IO;

/// <summary>Reads a whole stream into pooled memory, but never more than a limit: no unbounded buffering.</summary>
internal static class BoundedStreamReader
{
    private const int DefaultInitialSize = 4096;

    /// <summary>The content, or null when the stream holds more than <paramref name="limit"/> bytes.</summary>
    public static async Task<PooledBuffer?> ReadAsync(Stream stream, int limit, long? expectedLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);

        // One byte beyond the limit is enough to know the body is too large.
        var capacityNeeded = limit + 1;
        var initialSize = expectedLength is >= 0 and < int.MaxValue ? (int)expectedLength.Value + 1 : DefaultInitialSize;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(initialSize, capacityNeeded));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= capacityNeeded)
                    {
                        break;
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, capacityNeeded));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, capacityNeeded) - length), cancellationToken)
                    .ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > limit)
                {
                    break;
                }
            }

            if (length > limit)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            var result = new PooledBuffer(buffer, length);
            buffer = null!;
            return result;
        }
        catch
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            throw;
        }
    }
}
