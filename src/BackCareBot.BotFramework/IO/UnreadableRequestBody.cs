using Microsoft.AspNetCore.Http;

namespace BackCareBot.BotFramework.IO;

/// <summary>
/// Tells a request body the client failed to deliver from a failure of ours. Kestrel reports a body that ended before
/// its Content-Length, or arrived slower than its minimum data rate, as <see cref="BadHttpRequestException"/>, and a
/// connection reset while reading as an <see cref="IOException"/>. Only for exceptions thrown while reading the body.
/// </summary>
public static class UnreadableRequestBody
{
    public static bool IsCause(Exception exception) => exception is BadHttpRequestException or IOException;
}
