using BackCareBot.Storage.AzureBlob;

namespace BackCareBot.BotFramework.Tests.Storage.AzureBlob;

public sealed class BlobNamesTests
{
    [Theory]
    [InlineData("conversation/webchat/Ab1|livechat", "conversation%2Fwebchat%2FAb1%7Clivechat")]
    [InlineData("a_b-C9", "a_b-C9")]
    [InlineData("a.", "a%2E")]
    [InlineData("ü", "%C3%BC")]
    public void For_EscapesEveryByteOutsideLettersDigitsHyphenAndUnderscore(string key, string name) =>
        Assert.Equal(name, BlobNames.For(key));

    [Theory]
    [MemberData(nameof(StorageContractTests.AwkwardKeys), MemberType = typeof(StorageContractTests))]
    public void KeyOf_GivesBackTheKey(string key) => Assert.Equal(key, BlobNames.KeyOf(BlobNames.For(key)));

    [Fact]
    public void For_ALoneSurrogate_IsRefused() => Assert.Throws<ArgumentException>(() => BlobNames.For("a\uD800b"));

    [Fact]
    public void For_AKeyTooLongForABlobName_IsRefusedSayingSo()
    {
        var error = Assert.Throws<ArgumentException>(() => BlobNames.For(new string('/', 400)));

        Assert.Contains("too long", error.Message, StringComparison.Ordinal);
    }
}
