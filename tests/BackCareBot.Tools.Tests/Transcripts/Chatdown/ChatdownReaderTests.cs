using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Chatdown;

namespace BackCareBot.Tools.Tests.Transcripts.Chatdown;

public sealed class ChatdownReaderTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnyChat_StartsWithAConversationUpdateAddingTheBotFromTheFirstUser()
    {
        var activities = Read("user=Joe\nbot=LulaBot\n\nJoe: hi");

        var update = activities[0];
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("Joe", update.From?.Name);
        Assert.Equal(RoleTypes.User, update.From?.Role);
        Assert.Equal("LulaBot", update.Recipient?.Name);
        Assert.Equal(RoleTypes.Bot, update.Recipient?.Role);
        Assert.Equal(["LulaBot"], update.MembersAdded!.Select(member => member.Name));
        Assert.Empty(update.MembersRemoved!);
    }

    [Fact]
    public void Activities_CarryChatdownsChannelSequentialIdsHashedAccountsAndOneConversation()
    {
        var activities = Read("user: hi\nbot: hello");

        Assert.All(activities, activity => Assert.Equal("chatdown", activity.ChannelId));
        Assert.Equal(["1", "2", "3"], activities.Select(activity => activity.Id));
        Assert.Single(activities.Select(activity => activity.Conversation?.Id).Distinct());
        Assert.Equal(ChatdownAccounts.HashId("user"), activities[1].From?.Id);
        Assert.Equal(ChatdownAccounts.HashId("bot"), activities[1].Recipient?.Id);
    }

    [Fact]
    public void ChannelIdHeader_SetsTheChannel()
    {
        var activities = Read("channelId=msteams\nuser: hi");

        Assert.All(activities, activity => Assert.Equal(Channels.MsTeams, activity.ChannelId));
    }

    [Fact]
    public void SpeakerLines_MatchNamesCaseInsensitivelyAndAddressTheLastUser()
    {
        var activities = Read("users=Joe,Fred\nbot=LulaBot\n\nbot: to Joe\nfred: me\nLULABOT: to Fred\nbot->Joe: to Joe again\nuser: Fred again");

        Assert.Equal(
            [("LulaBot", "Joe"), ("Fred", "LulaBot"), ("LulaBot", "Fred"), ("LulaBot", "Joe"), ("Fred", "LulaBot")],
            activities.Skip(1).Select(activity => (activity.From!.Name!, activity.Recipient!.Name!)));
        Assert.Equal([RoleTypes.Bot, RoleTypes.User], activities.Skip(1).Take(2).Select(activity => activity.From!.Role!));
    }

    [Fact]
    public void MultiLineTurn_KeepsItsLinesAndIsTrimmed()
    {
        var activities = Read("bot:   \nFirst line.\n\n  * indented item\n\nuser: next");

        Assert.Equal("First line.\n\n  * indented item", activities[1].Text);
    }

    [Fact]
    public void Comments_AreSkippedAnywhere()
    {
        var activities = Read("> about this chat\nuser=Joe\n> still the header\nJoe: hi\n> not part of the message\nthere");

        Assert.Equal("hi\nthere", activities[1].Text);
    }

    [Fact]
    public void Typing_EndsTheMessageBeforeItAndBecomesItsOwnActivity()
    {
        var activities = Read("bot: One moment [Typing] Here you are");

        Assert.Equal(
            [(ActivityTypes.Message, "One moment"), (ActivityTypes.Typing, null), (ActivityTypes.Message, "Here you are")],
            activities.Skip(1).Select(activity => (activity.Type!, activity.Text)));
        Assert.Equal(RoleTypes.Bot, activities[2].From?.Role);
    }

    [Fact]
    public void Timestamps_StepTwoSecondsPerMessageOrTheGivenDelay()
    {
        var activities = Read("user: a\nbot: b\nuser: c [Delay=5000]");

        Assert.Equal(
            [Start.AddMilliseconds(100), Start.AddMilliseconds(2100), Start.AddMilliseconds(4100), Start.AddMilliseconds(9100)],
            activities.Select(activity => activity.Timestamp!.Value));
    }

    [Fact]
    public void ConversationUpdate_MultiLineForm_AddsAndRemovesMembers()
    {
        var activities = Read("users=Joe,Susan\n\n[ConversationUpdate=\n    MembersAdded=Joe,Susan,Ann\n    MembersRemoved=Joe]\nbot->Susan: Hi Susan!");

        var update = activities[1];
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["Joe", "Susan", "Ann"], update.MembersAdded!.Select(member => member.Name));
        Assert.Equal(RoleTypes.User, update.MembersAdded![2].Role);
        Assert.Equal(["Joe"], update.MembersRemoved!.Select(member => member.Name));
        Assert.Null(update.From);
        Assert.Equal("Susan", activities[2].Recipient?.Name);
    }

    [Fact]
    public void ConversationUpdate_SingleLineForm_AddsMembers()
    {
        var activities = Read("user=Sam\n[ConversationUpdate=MembersAdded=Sam]\nuser: hi");

        Assert.Equal(["Sam"], activities[1].MembersAdded!.Select(member => member.Name));
    }

    [Fact]
    public void Suggestions_BecomeImBackActions()
    {
        var activities = Read("bot: Pick one\n[Suggestions=Option 1| Option 2 |Option 3]");

        var actions = activities[1].SuggestedActions!.Actions!;
        Assert.Equal("Pick one", activities[1].Text);
        Assert.Equal(["Option 1", "Option 2", "Option 3"], actions.Select(action => action.Title));
        Assert.All(actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
        Assert.Equal("Option 2", actions[1].Value?.GetString());
    }

    [Theory]
    [InlineData("HeroCard", ContentTypes.HeroCard)]
    [InlineData("thumbnailcard", ContentTypes.ThumbnailCard)]
    [InlineData("AudioCard", ContentTypes.AudioCard)]
    public void Card_HasItsContentTypePropertiesAndImBackButtons(string command, string contentType)
    {
        var activities = Read($"bot:\n[{command}\n    title=Cheese gromit!\n    text=Some text\n    buttons=Option 1| Option 2]");

        var attachment = Assert.Single(activities[1].Attachments!);
        var card = attachment.Content!.Value;
        Assert.Equal(contentType, attachment.ContentType);
        Assert.Equal("Cheese gromit!", card.GetProperty("title").GetString());
        Assert.Equal("Some text", card.GetProperty("text").GetString());
        Assert.Equal(["Option 1", "Option 2"], card.GetProperty("buttons").EnumerateArray().Select(button => button.GetProperty("value").GetString()));
        Assert.Equal(string.Empty, activities[1].Text);
    }

    [Fact]
    public void Attachment_LocalCardWithShortcut_IsInlinedWithTheCardContentType()
    {
        using var folder = new TemporaryFolder();
        folder.Write("cards/form.json", """{"type":"AdaptiveCard","version":"1.5"}""");

        var activities = Read("bot: Here's a form\n[Attachment=cards/form.json adaptivecard]\n[AttachmentLayout=Carousel]", folder.Path);

        var attachment = Assert.Single(activities[1].Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Equal("AdaptiveCard", attachment.Content!.Value.GetProperty("type").GetString());
        Assert.Equal(AttachmentLayoutTypes.Carousel, activities[1].AttachmentLayout);
    }

    [Theory]
    [InlineData("[Attachment=https://example.com/logo.png]", "image/png")]
    [InlineData("[Attachment=https://example.com/card hero]", ContentTypes.HeroCard)]
    [InlineData("[Attachment=https://example.com/doc \"application/custom\"]", "application/custom")]
    public void Attachment_Url_StaysAUrlWithItsContentType(string command, string contentType)
    {
        var attachment = Assert.Single(Read($"bot: {command}")[1].Attachments!);

        Assert.Equal(contentType, attachment.ContentType);
        Assert.StartsWith("https://example.com/", attachment.ContentUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownBracketTag_StaysInTheText()
    {
        var activities = Read("bot: See [the docs](https://example.com) and [Suggestions=Help] [later] on");

        Assert.Equal("See [the docs](https://example.com) and  [later] on", activities[1].Text);
        Assert.Single(activities[1].SuggestedActions!.Actions!);
    }

    [Fact]
    public void ByteOrderMarkAndWindowsLineEndings_AreTolerated()
    {
        var activities = ChatdownReader.Read("\uFEFFuser=Joe\r\nJoe: hi\r\nthere\r\n", "test.chat", new ChatdownOptions { StartTime = Start }).Activities;

        Assert.Equal("hi\nthere", activities[1].Text);
        Assert.Equal("Joe", activities[1].From?.Name);
    }

    [Theory]
    [InlineData("user=Joe=Fred\nJoe: hi", 1, "header")]
    [InlineData("user=Joe\n\nbot=Lula\nJoe: hi", 3, "before the first speaker")]
    [InlineData("user: hi\nbot: [Delay=soon] ok", 2, "Delay")]
    [InlineData("user: hi\n\nbot:\n[HeroCard\n  colour=red]", 4, "card property")]
    [InlineData("user: hi\nbot: [ConversationUpdate=MembersRemoved=Nobody]", 2, "Nobody")]
    [InlineData("user: hi\nbot: [Attachment=missing.png]", 2, "not found")]
    [InlineData("user: hi\nbot: [Attachment=https://example.com/file]", 2, "content type")]
    [InlineData("user: hi\nbot: [AttachmentLayout=grid]", 2, "carousel or list")]
    public void MalformedChat_IsRejectedWithTheLine(string chat, int line, string problem)
    {
        var exception = Assert.Throws<TranscriptFormatException>(() => Read(chat));

        Assert.Equal(line, exception.Line);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.chat:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8_IsRejected()
    {
        var exception = Assert.Throws<TranscriptFormatException>(() => ChatdownReader.Read([0x75, 0x73, 0x65, 0x72, 0x3A, 0x20, 0xFF], "test.chat"));

        Assert.Contains("UTF-8", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatdownOutput_RoundTripsThroughTheWireFormat()
    {
        var activities = Read("bot: Pick\n[Suggestions=A|B]");

        var json = JsonSerializer.Serialize(activities, BotJson.Options);

        Assert.Contains("\"role\":\"bot\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"imBack\"", json, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Activity> Read(string chat, string? folder = null) =>
        ChatdownReader.Read(chat, "test.chat", new ChatdownOptions { StartTime = Start, BaseFolder = folder }).Activities;
}
