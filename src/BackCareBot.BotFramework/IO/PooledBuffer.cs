using System.Buffers;

namespace BackCareBot.BotFramework.IO;

/// <summary>Bytes in a rented array; disposing returns the array to the pool.</summary>
internal sealed class PooledBuffer(byte[] array, int length) : IDisposable
{
    private byte[]? _array = array;

    public int Length { get; } = length;

    public ReadOnlySpan<byte> Span => (_array ?? throw new ObjectDisposedException(nameof(PooledBuffer))).AsSpan(0, Length);

    public void Dispose()
    {
        if (_array is { } rented)
        {
            _array = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
