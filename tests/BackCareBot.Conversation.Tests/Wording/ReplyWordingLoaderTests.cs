using BackCareBot.Conversation.Tests.Support;
using BackCareBot.Conversation.Wording;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.Conversation.Tests.Wording;

/// <summary>Every sentence the dialogs say comes from replies.yaml, and a missing one stops the bot at startup.</summary>
public sealed class ReplyWordingLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backcare-wording-").FullName;

    public static TheoryData<string, string> DialogKeys => new()
    {
        { "", "startedOver" },
        { "", "forgotten" },
        { "", "noMoreRelated" },
        { "triage", "doctorUnsure" },
        { "unknownFacts", "duration-unknown" },
        { "questions", "durationAgain" },
        { "questions", "sharpnessAgain" },
        { "questions", "beforeYouTry" },
        { "actions", "sharpAnswer" },
        { "howTo", "heading" },
        { "howTo", "notSaid" },
        { "talk", "work" },
        { "talk", "thanks" },
        { "afterDecision", "heat-or-ice" },
        { "afterDecision", "medicine" },
    };

    [Fact]
    public void ProjectWording_Loads()
    {
        var wording = ReplyWordingLoader.Load(RepositoryDialogs.Folder, Content.Rules.SignNames);

        Assert.False(string.IsNullOrWhiteSpace(wording.StartedOver));
    }

    [Fact]
    public void ProjectWording_TalkAdvice_NamesArticleItems()
    {
        var wording = ReplyWordingLoader.Load(RepositoryDialogs.Folder, Content.Rules.SignNames);

        Assert.NotEmpty(wording.TalkAdvice);
        Assert.All(wording.TalkAdvice.Values, id => Assert.True(Content.Knowledge.TryGet(id, out _), id));
    }

    [Theory]
    [MemberData(nameof(DialogKeys))]
    public void MissingDialogWording_IsRefusedNamingTheKey(string section, string key)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryDialogs.Folder, ReplyWordingLoader.FileName)))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var mapping = section.Length == 0 ? root : (YamlMappingNode)root[section];
        mapping.Children.Remove(new YamlScalarNode(key));
        using (var writer = new StreamWriter(Path.Combine(_folder, ReplyWordingLoader.FileName)))
        {
            yaml.Save(writer, assignAnchors: false);
        }

        var exception = Assert.Throws<ReplyWordingException>(() => ReplyWordingLoader.Load(_folder, Content.Rules.SignNames));

        Assert.Contains(section.Length == 0 ? $"'{key}'" : $"'{section}.{key}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WarningSignWordingInRepliesYaml_IsRefused()
    {
        var exception = LoadingRefused("warningSigns:\n  fever: \"a fever\"");

        Assert.Contains("rules/warning-signs/", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>A key written twice would otherwise keep the last one silently: a reviewer's edit lost.</summary>
    [Fact]
    public void AKeyWrittenTwice_IsRefusedNamingItsLine()
    {
        var exception = LoadingRefused("outOfScope: \"a second one\"");

        Assert.Contains("outOfScope", exception.Message, StringComparison.Ordinal);
    }

    /// <summary>The project's wording with <paramref name="yaml"/> appended, which the loader must refuse.</summary>
    private ReplyWordingException LoadingRefused(string yaml)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryDialogs.Folder, ReplyWordingLoader.FileName));
        File.WriteAllText(Path.Combine(_folder, ReplyWordingLoader.FileName), text + "\n" + yaml + "\n");
        return Assert.Throws<ReplyWordingException>(() => ReplyWordingLoader.Load(_folder, Content.Rules.SignNames));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
