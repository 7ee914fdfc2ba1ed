using System.Net.Sockets;
using System.Text;

namespace BackCareBot.Testing;

/// <summary>
/// An HTTP/1.1 POST written by hand on a socket, for what HttpClient will not do: a body that stops short of its
/// Content-Length (the client then closes its side), or one that trickles in slower than the server allows.
/// </summary>
public static class RawHttpRequest
{
    /// <summary>
    /// Sends the headers and <paramref name="bodyStart"/> of a body declared as <paramref name="declaredLength"/> bytes,
    /// waits <paramref name="pause"/>, then closes the sending side (or, with <paramref name="closeAfter"/> false, keeps
    /// it open), and returns the status code of the response, or null when none came.
    /// </summary>
    public static async Task<int?> PostPartialBodyAsync(
        Uri server, string path, int declaredLength, string bodyStart, TimeSpan pause, bool closeAfter = true, string? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var head = new StringBuilder()
            .Append($"POST {path} HTTP/1.1\r\n")
            .Append($"Host: {server.Authority}\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append($"Content-Length: {declaredLength}\r\n");
        if (authorization is not null)
        {
            head.Append($"Authorization: {authorization}\r\n");
        }

        head.Append("\r\n").Append(bodyStart);
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        await stream.FlushAsync();
        await Task.Delay(pause);
        if (closeAfter)
        {
            client.Client.Shutdown(SocketShutdown.Send);
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            var statusLine = await reader.ReadLineAsync(timeout.Token);
            return statusLine?.Split(' ') is [_, var code, ..] && int.TryParse(code, out var status) ? status : null;
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
            return null;
        }
    }
}
