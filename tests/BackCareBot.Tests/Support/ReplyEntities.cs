using System.Text.Json.Nodes;

namespace BackCareBot.Tests.Support;

/// <summary>Reads the decisions a reply carries in its entities (design.md, "What replies carry").</summary>
public static class ReplyEntities
{
    public const string Triage = "backcare/triage";
    public const string Advice = "backcare/advice";

    public static JsonNode? Find(JsonNode reply, string type)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply["entities"]?.AsArray().SingleOrDefault(entity => (string?)entity?["type"] == type);
    }

    public static string? TriageLevel(JsonNode reply) => (string?)Find(reply, Triage)?["level"];

    public static IReadOnlyList<string> TriageReasons(JsonNode reply) =>
        [.. Find(reply, Triage)?["reasons"]?.AsArray().Select(reason => (string)reason!) ?? []];

    public static string? AdviceId(JsonNode reply) => (string?)Find(reply, Advice)?["id"];
}
