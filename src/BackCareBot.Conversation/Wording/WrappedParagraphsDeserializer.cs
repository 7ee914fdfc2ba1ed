using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace BackCareBot.Conversation.Wording;

/// <summary>
/// Reads a literal block (<c>|</c>) of <c>replies.yaml</c> as paragraphs: a blank line separates paragraphs, and the
/// line breaks inside one are only the file's wrapping. Kept, they would reach the person as breaks in mid-sentence
/// (Teams shows every line break as a new paragraph).
/// </summary>
internal sealed class WrappedParagraphsDeserializer : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        if (expectedType == typeof(string) && reader.Accept<Scalar>(out var scalar) && scalar.Style == ScalarStyle.Literal)
        {
            reader.MoveNext();
            value = Unwrap(scalar.Value);
            return true;
        }

        value = null;
        return false;
    }

    private static string Unwrap(string text) => string.Join(
        "\n\n",
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(paragraph => paragraph.Replace('\n', ' ')));
}
