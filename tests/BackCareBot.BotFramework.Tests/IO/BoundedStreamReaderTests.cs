using BackCareBot.BotFramework.IO;

namespace BackCareBot.BotFramework.Tests.IO;

public sealed class BoundedStreamReaderTests
{
    public static TheoryData<int, int, long?, bool> Cases => new()
    {
        // length, limit, declared length, fits
        { 0, 100, null, true },
        { 100, 100, null, true },
        { 101, 100, null, false },
        { 100_000, 262_144, null, true },
        { 300_000, 262_144, null, false },
        { 5000, 4096, 10, false },
        { 50, 4096, 100_000, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReadAsync_TrickleOfBytes_KeepsThemAllOrRefusesPastTheLimit(int length, int limit, long? declaredLength, bool fits)
    {
        var content = Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray();
        await using var stream = new TrickleStream(content);

        using var buffer = await BoundedStreamReader.ReadAsync(stream, limit, declaredLength, CancellationToken.None);

        if (fits)
        {
            Assert.NotNull(buffer);
            Assert.True(content.AsSpan().SequenceEqual(buffer.Span));
        }
        else
        {
            Assert.Null(buffer);
            Assert.True(stream.BytesRead <= limit + 1 + TrickleStream.ChunkSize, $"read {stream.BytesRead} bytes for a limit of {limit}");
        }
    }

    /// <summary>A non-seekable stream that hands out a few bytes per read, as a slow client would.</summary>
    private sealed class TrickleStream(byte[] content) : Stream
    {
        public const int ChunkSize = 1000;
        private int _position;

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, ChunkSize), content.Length - _position);
            content.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset, n));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
