namespace BackCareBot.Hosting;

/// <summary>One file the illustration route answers with: its bytes, content type and a strong ETag of the bytes.</summary>
internal sealed record ServedIllustration(byte[] Content, string ContentType, string ETag);
