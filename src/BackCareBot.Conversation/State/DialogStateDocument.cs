using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.Conversation.Dialogs;

namespace BackCareBot.Conversation.State;

/// <summary>
/// The stored JSON form of <see cref="DialogState"/>: camelCase, enums as names, defaults and empty lists left out,
/// so a conversation costs a few dozen bytes. Reading refuses a
/// document this code does not understand (another version, not JSON of a state, an id it does not know) with a
/// reason fit for a log line: the reason never quotes the document.
/// </summary>
public static class DialogStateDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { LeaveOutEmptyLists } },
        MaxDepth = 8,
    };

    private static readonly HashSet<string> StoredDialogs =
        [DialogIds.Advice, DialogIds.TriageFollowUp, DialogIds.Disambiguation, DialogIds.Screening, DialogIds.Routine];

    public static JsonElement Write(DialogState state) => JsonSerializer.SerializeToElement(state, Options);

    /// <returns>The state, or null with <paramref name="problem"/> saying why the document cannot be used.</returns>
    public static DialogState? TryRead(JsonElement document, KnowledgeBase knowledge, out string problem)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        if (document.ValueKind != JsonValueKind.Object)
        {
            problem = "the document is not a JSON object";
            return null;
        }

        if (!document.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number))
        {
            problem = "the document has no version";
            return null;
        }

        if (number != DialogState.CurrentVersion)
        {
            problem = $"version {number} is not the version this code reads ({DialogState.CurrentVersion})";
            return null;
        }

        DialogState? state;
        try
        {
            state = document.Deserialize<DialogState>(Options);
        }
        catch (JsonException)
        {
            // The exception message can quote the document; the reason below does not.
            problem = "the document does not have the shape of a dialog state";
            return null;
        }

        problem = state is null ? "the document is empty" : Check(state, knowledge) ?? "";
        return problem.Length == 0 ? state : null;
    }

    /// <summary>An empty list of the state reads back as the empty list it defaults to.</summary>
    private static void LeaveOutEmptyLists(JsonTypeInfo type)
    {
        if (type.Type != typeof(DialogState))
        {
            return;
        }

        var lists = type.Properties.Where(property =>
            property.PropertyType != typeof(string) && property.PropertyType.IsAssignableTo(typeof(IEnumerable)));
        foreach (var property in lists)
        {
            property.ShouldSerialize = static (_, value) => value switch
            {
                // Lists of a state are arrays and lists: counting them allocates no enumerator on every write.
                ICollection collection => collection.Count > 0,
                IEnumerable items => items.GetEnumerator().MoveNext(),
                _ => false,
            };
        }
    }

    private static string? Check(DialogState state, KnowledgeBase knowledge)
    {
        if (HasNullParts(state))
        {
            return "the document has nulls where a dialog state has values";
        }

        if (state.Dialog is { } dialog && !StoredDialogs.Contains(dialog))
        {
            return "it names a dialog this code does not have";
        }

        var adviceIds = state.Shown.Concat(state.Choices.Select(choice => choice.AdviceId));
        if (state.Deferred is { } deferred)
        {
            adviceIds = adviceIds.Append(deferred);
        }

        if (state.AdviceId is { } current)
        {
            adviceIds = adviceIds.Append(current);
        }

        if (adviceIds.Any(id => !knowledge.TryGet(id, out _)))
        {
            return "it names advice this code does not have";
        }

        if (state.RuledOut.Any(position => !BackCare.Knowledge.Positions.IsKnown(position)))
        {
            return "it names a position this code does not know";
        }

        if (state.Dialog == DialogIds.Disambiguation && state.Choices.Count == 0)
        {
            return "it waits for a choice without choices";
        }

        if (state.Dialog == DialogIds.Screening && state.ScreeningAsked is null)
        {
            return "it waits for a screening answer without its question";
        }

        return state.Dialog == DialogIds.Advice && state.AdviceId is null ? "it continues advice without an advice id" : null;
    }

    /// <summary>JSON nulls the non-nullable parts of a state can be read with.</summary>
    private static bool HasNullParts(DialogState state) =>
        state.Shown is null || state.Shown.Any(id => id is null)
        || state.Choices is null || state.Choices.Any(choice => choice?.AdviceId is null)
        || state.Facts is { WarningSigns: null } || state.Facts?.WarningSigns.Any(sign => sign?.Id is null) == true
        || state.Announced is { Reasons: null } || state.Announced?.Reasons.Any(reason => reason is null) == true
        || state.Screened is null || state.Screened.Any(id => id is null)
        || state.Declined is null || state.Declined.Any(id => id is null)
        || state.RuledOut is null || state.RuledOut.Any(position => position is null);
}
