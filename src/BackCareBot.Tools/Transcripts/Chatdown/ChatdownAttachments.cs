using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// <c>[Attachment=path-or-url contentType]</c>: a URL stays a <c>contentUrl</c>; a local file (relative to the chat
/// file, then the current folder) is inlined: cards and JSON as <c>content</c>, text as a string, anything else as a
/// base64 <c>data:</c> URL.
/// </summary>
internal static class ChatdownAttachments
{
    public static Attachment Read(ChatdownDocument document, string argument, (int, int) location)
    {
        var parts = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw document.Problem(location, "[Attachment=...] needs a path or URL");
        }

        var path = parts[0];
        var contentType = parts.Length > 1 ? ChatdownContentTypes.FromArgument(parts[1]) : ChatdownContentTypes.FromPath(path);
        if (contentType is null)
        {
            throw document.Problem(location, "cannot tell the attachment's content type from its extension: write it after the path");
        }

        if (path.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return new Attachment { ContentType = contentType, ContentUrl = path };
        }

        var file = Locate(document, path) ?? throw document.Problem(location, $"attachment file not found: {path}");
        try
        {
            return Inline(file, contentType);
        }
        catch (JsonException)
        {
            throw document.Problem(location, $"attachment file is not valid JSON: {path}");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw document.Problem(location, $"attachment file cannot be read: {path}");
        }
    }

    private static string? Locate(ChatdownDocument document, string path)
    {
        if (document.Options.BaseFolder is { } folder && File.Exists(Path.Combine(folder, path)))
        {
            return Path.Combine(folder, path);
        }

        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private static Attachment Inline(string file, string contentType)
    {
        if (ChatdownContentTypes.IsJson(contentType))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            return new Attachment { ContentType = contentType, Content = json.RootElement.Clone() };
        }

        if (ChatdownContentTypes.IsText(contentType))
        {
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            return new Attachment { ContentType = contentType, Content = JsonSerializer.SerializeToElement(text, BotJson.TypeInfo<string>()) };
        }

        var dataUrl = $"data:{contentType};base64,{Convert.ToBase64String(File.ReadAllBytes(file))}";
        return new Attachment { ContentType = contentType, ContentUrl = dataUrl };
    }
}
