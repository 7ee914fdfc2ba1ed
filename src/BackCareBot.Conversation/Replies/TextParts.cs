namespace BackCareBot.Conversation.Replies;

/// <summary>Filling the placeholders of <c>replies.yaml</c> and joining lists the way a sentence does.</summary>
internal static class TextParts
{
    public static string Fill(string template, string placeholder, string value) =>
        template.Replace(placeholder, value, StringComparison.Ordinal);

    public static string Paragraphs(params IEnumerable<string?> paragraphs) =>
        string.Join("\n\n", paragraphs.Where(paragraph => !string.IsNullOrWhiteSpace(paragraph)));

    public static string JoinNaturally(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
