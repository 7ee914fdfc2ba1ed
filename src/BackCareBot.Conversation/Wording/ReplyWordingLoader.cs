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
        // A key written twice would silently keep the last one: a reviewer's edit lost without a word.
        .WithDuplicateKeyChecking()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithNodeDeserializer(new WrappedParagraphsDeserializer(), where => where.OnTop())
        .Build();

    /// <param name="dialogsFolder">The <c>dialogs</c> folder.</param>
    /// <param name="warningSignNames">
    /// How each warning sign the triage can report is named back, by id: read from its own rule file
    /// (<c>dialogs/rules/warning-signs/</c>), so adding a sign is one file.
    /// </param>
    public static ReplyWording Load(string dialogsFolder, IReadOnlyDictionary<string, string> warningSignNames)
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

        ArgumentNullException.ThrowIfNull(warningSignNames);
        var problems = new List<string>();
        if (wording.WarningSigns.Count > 0)
        {
            problems.Add("'warningSigns' does not belong here: a warning sign is named in its own file under rules/warning-signs/ ('named').");
        }

        foreach (var (id, name) in warningSignNames)
        {
            wording.WarningSigns[id] = name;
        }

        problems.AddRange(ReplyWordingValidator.Validate(wording, warningSignNames.Keys));
        return problems.Count == 0
            ? wording
            : throw new ReplyWordingException(string.Join(Environment.NewLine, problems.Select(problem => $"{path}: {problem}")));
    }
}
