using System.Text.Json.Nodes;

namespace BackCareBot.Testing;

/// <summary>
/// One request as the fake connector saw it. <see cref="RawTarget"/> is the path exactly as sent, still
/// percent-encoded; <see cref="ReceivedAt"/> is a <see cref="System.Diagnostics.Stopwatch"/> timestamp.
/// </summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body, long ReceivedAt)
{
    public JsonNode Activity => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The request had no JSON body.");
}
