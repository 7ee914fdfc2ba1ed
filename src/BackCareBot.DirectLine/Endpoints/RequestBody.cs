using System.Buffers;
using BackCareBot.BotFramework.IO;
using Microsoft.AspNetCore.Http;

namespace BackCareBot.DirectLine.Endpoints;

internal static class RequestBody
{
    private const int InitialSize = 1024;

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/> (read no further than that).</summary>
    /// <exception cref="UnreadableBodyException">The client stopped sending it, or sent it too slowly.</exception>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadWholeAsync(request, limit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (UnreadableRequestBody.IsCause(exception))
        {
            throw new UnreadableBodyException(exception);
        }
    }

    private static async Task<ReadOnlyMemory<byte>?> ReadWholeAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(limit + 1L, request.ContentLength + 1 ?? InitialSize));
        while (true)
        {
            var room = buffer.GetMemory();
            var wanted = Math.Min(room.Length, limit + 1 - buffer.WrittenCount);
            var read = await request.Body.ReadAsync(room[..wanted], cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }
}
