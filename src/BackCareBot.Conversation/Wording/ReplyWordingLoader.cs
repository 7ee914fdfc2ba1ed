using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BackCareBot.Conversation.Wording;

/// <summary>
/// Loads and validates <c>replies.yaml</c> once at startup. A missing or empty entry stops the bot with a message
/// naming the file and the key, rather than letting a person meet a blank reply later.
/// </summary>
public static class ReplyWordingLoader
{
    public const string FileName = "replies.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(new WrappedParagraphsDeserializer(), where => where.OnTop())
        .Build();

    /// <param name="dialogsFolder">The <c>dialogs</c> folder.</param>
    /// <param name="requiredWarningSigns">Warning-sign ids the triage can report; each needs wording.</param>
    public static ReplyWording Load(string dialogsFolder, IEnumerable<string> requiredWarningSigns)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            throw new ReplyWordingException($"{path}: the reply wording file is missing.");
        }

        ReplyWording wording;
        try
        {
            wording = Deserializer.Deserialize<ReplyWording?>(File.ReadAllText(path))
                ?? throw new ReplyWordingException($"{path}: the file is empty.");
        }
        catch (YamlException exception)
        {
            var detail = exception.InnerException?.Message ?? exception.Message;
            throw new ReplyWordingException($"{path}: line {exception.Start.Line}: {detail}", exception);
        }

        var problems = ReplyWordingValidator.Validate(wording, requiredWarningSigns).ToList();
        return problems.Count == 0
            ? wording
            : throw new ReplyWordingException(string.Join(Environment.NewLine, problems.Select(problem => $"{path}: {problem}")));
    }
}
