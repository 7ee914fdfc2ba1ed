using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Channels;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>Reads what tests check in the bot's replies: decision entities, input hints, suggested actions.</summary>
internal static class ReplyReading
{
    public static string? AdviceId(Activity reply) => Property(reply, DecisionEntities.AdviceType, "id");

    public static string? TriageLevel(Activity reply) => Property(reply, DecisionEntities.TriageType, "level");

    public static IReadOnlyList<string> TriageReasons(Activity reply) =>
        reply.Entities?.FirstOrDefault(entity => entity.IsType(DecisionEntities.TriageType)) is { } entity && entity.TryGetProperty("reasons", out var reasons)
            ? [.. reasons.Value.EnumerateArray().Select(reason => reason.GetString()!)]
            : [];

    public static bool ExpectsInput(Activity reply) => reply.InputHint == InputHints.ExpectingInput;

    public static IReadOnlyList<string> Suggestions(Activity reply) =>
        [.. reply.SuggestedActions?.Actions?.Select(action => action.Title ?? "") ?? []];

    private static string? Property(Activity reply, string type, string name) =>
        reply.Entities?.FirstOrDefault(entity => entity.IsType(type)) is { } entity && entity.TryGetProperty(name, out var value)
            ? value.Value.GetString()
            : null;
}
