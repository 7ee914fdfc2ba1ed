namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>
/// Reads an entry's <c>source</c>: an expert with credentials, a reader tip with the reader's name, or the article's
/// own text with its author. Expert advice without credentials is refused: users weigh advice by who gives it.
/// </summary>
internal static class AttributionReader
{
    private static readonly string[] Keys = ["section", "expert", "credentials", "reader_tip", "author", "citation"];

    public static Attribution? Read(MappingReader entry)
    {
        var node = entry.RequiredMapping("source");
        if (node is null)
        {
            return null;
        }

        var source = entry.Child(node, "source");
        source.RejectUnknownKeys(Keys);
        var section = source.RequiredText("section");
        var expert = source.OptionalText("expert");
        var readerTip = source.OptionalText("reader_tip");
        var author = source.OptionalText("author");
        var credentials = source.OptionalText("credentials");
        var citation = source.OptionalText("citation");

        var named = (expert is null ? 0 : 1) + (readerTip is null ? 0 : 1) + (author is null ? 0 : 1);
        if (named != 1)
        {
            entry.Problem("'source' must name exactly one of 'expert', 'reader_tip' (the reader's name) or 'author' (the article's own text)");
            return null;
        }

        if (expert is not null && credentials is null)
        {
            entry.Problem($"expert '{expert}' has no 'credentials'; give them, or mark the advice as a 'reader_tip'");
            return null;
        }

        if (expert is null && credentials is not null)
        {
            entry.Problem("'credentials' belong to an 'expert'; a reader tip or the article's text has none");
            return null;
        }

        if (section is null)
        {
            return null;
        }

        return expert is not null ? new Attribution(AttributionKind.Expert, expert, credentials, section, citation)
            : readerTip is not null ? new Attribution(AttributionKind.ReaderTip, readerTip, null, section, citation)
            : new Attribution(AttributionKind.Article, author!, null, section, citation);
    }
}
