namespace BackCareBot.Tests.Support;

/// <summary>A readable stream that will not tell its length, so HTTP clients must send it chunked.</summary>
public sealed class UnknownLengthStream(byte[] content) : MemoryStream(content, writable: false)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
}
