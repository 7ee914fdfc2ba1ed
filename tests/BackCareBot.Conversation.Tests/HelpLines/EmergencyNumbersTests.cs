using BackCareBot.Conversation.HelpLines;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.HelpLines;

/// <summary>dialogs/emergency-numbers.yaml: the number for the person's country, and a file that cannot mislead.</summary>
public sealed class EmergencyNumbersTests
{
    private static readonly EmergencyNumbers Numbers = EmergencyNumbersLoader.Load(RepositoryDialogs.Folder);

    public static TheoryData<string?, string[], string> Locales => new()
    {
        // locale, emergency numbers, how a sentence names them
        { "en-US", ["911"], "911" },
        { "en-GB", ["999"], "999" },
        { "en-IE", ["112", "999"], "112 (or 999)" },
        { "en-AU", ["000"], "000" },
        { "en-NZ", ["111"], "111" },
        { "en-CA", ["911"], "911" },
        { "fr-CA", ["911"], "911" },
        { "es_us", ["911"], "911" },
        { "de-DE", ["112"], "112" },
        { "fr-FR", ["112"], "112" },
        { "pt-BR", ["192"], "192 (SAMU, the ambulance)" },
        { "en-ZA", ["10177", "112"], "10177 (the ambulance), or 112 from a mobile" },
        { "pt-AO", ["112"], "your local emergency number (112 in Europe and many other countries)" },
        { "en", ["112"], "your local emergency number (112 in Europe and many other countries)" },
        { "", ["112"], "your local emergency number (112 in Europe and many other countries)" },
        { null, ["112"], "your local emergency number (112 in Europe and many other countries)" },
    };

    [Theory]
    [MemberData(nameof(Locales))]
    public void EmergencyNumber_IsTheOneOfThePersonsCountry(string? locale, string[] numbers, string said)
    {
        var help = Numbers.For(locale);

        Assert.Equal(numbers, help.Emergency);
        Assert.Equal(said, help.Say);
    }

    [Theory]
    [InlineData("en-US", "988", true)]
    [InlineData("en-GB", "116 123", true)]
    [InlineData("en-IE", "116 123", true)]
    public void CrisisLine_OfACountryWithOne_CanBeDialled(string locale, string number, bool dial)
    {
        var line = Assert.Single(Numbers.For(locale).CrisisLines);

        Assert.Equal(number, line.Number);
        Assert.Equal(dial, line.Dial);
        Assert.Contains(number, line.Words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("it-IT")]
    [InlineData("ja-JP")]
    [InlineData(null)]
    public void CrisisLines_WhereNoneIsListed_AreNamedWithWhereTheyWork_AndNotDialled(string? locale)
    {
        var lines = Numbers.For(locale).CrisisLines;

        Assert.Equal(["988", "116 123"], lines.Select(line => line.Number));
        Assert.All(lines, line => Assert.False(line.Dial));
        Assert.StartsWith("In the US", lines[0].Words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("im in the uk", "GB")]
    [InlineData("we live in northern ireland", "GB")]
    [InlineData("im in ireland btw", "IE")]
    [InlineData("i'm in the states", "US")]
    [InlineData("can you help us", null)]
    [InlineData("my back hurts", null)]
    public void CountryNamedInAMessage_IsFound(string message, string? country) =>
        Assert.Equal(country, Numbers.CountryNamedIn(BackCareBot.BackCare.Text.PhraseKey.Of(message)));

    [Fact]
    public void CountryTheyNamed_BeatsTheirLocale() =>
        Assert.Equal(["999"], Numbers.For("en-US", "GB").Emergency);

    [Fact]
    public void TelUrl_DialsTheDigitsAlone() =>
        Assert.Equal("tel:116123", LocalHelp.TelUrl("116 123").OriginalString);

    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "countries:\n  US:\n    emergency: [\"911\"]\n", "'default' is missing" },
        { "default:\n  emergency: [\"1l2\"]\n", "'default.emergency' number '1l2' is not digits" },
        { "default:\n  emergency: []\n", "'default.emergency' lists no number" },
        { "default:\n  emergency: [\"112\"]\ncountries:\n  uk:\n    emergency: [\"999\"]\n", "'countries.uk' is not a country code" },
        { "default:\n  emergency: [\"112\"]\ncountries:\n  US:\n    emergency: [\"911\"]\n    crisis:\n      - number: \"988\"\n        words: Call the lifeline.\n", "does not say its number '988'" },
        { "default:\n  emergency: [\"112\"]\n  phone: 112\n", "line 3" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void BrokenFile_StopsTheBot_NamingTheFileAndTheProblem(string yaml, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("emergency-numbers-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, EmergencyNumbersLoader.FileName), yaml);

            var error = Assert.Throws<InvalidDataException>(() => EmergencyNumbersLoader.Load(folder.FullName));

            Assert.Contains(EmergencyNumbersLoader.FileName, error.Message, StringComparison.Ordinal);
            Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
