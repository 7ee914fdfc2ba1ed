namespace BackCareBot.Conversation.Replies;

/// <summary>Filling the placeholders of <c>replies.yaml</c> and joining lists the way a sentence does.</summary>
internal static class TextParts
{
    public static string Fill(string template, string placeholder, string value) =>
        template.Replace(placeholder, value, StringComparison.Ordinal);

    public static string Paragraphs(params IEnumerable<string?> paragraphs) => string.Join("\n\n", Present(paragraphs));

    /// <summary>The paragraphs that say something, in order.</summary>
    public static List<string> Present(params IEnumerable<string?> paragraphs) =>
        [.. paragraphs.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)).Select(paragraph => paragraph!)];

    /// <summary>A text's paragraphs, as <see cref="Paragraphs"/> joined them.</summary>
    public static string[] Split(string text) => text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

    public static string JoinNaturally(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
