using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.Tests.Support;
using BotChannels = BackCareBot.BotFramework.Schema.Channels;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>
/// A Teams group chat or channel is read by colleagues: each person's state is their own, the bot gives the decision
/// without repeating their symptoms and offers to go on one to one, "forget me" forgets only the one who asked, an
/// uninstall forgets everyone, and the welcome comes once per installation rather than with every new member.
/// </summary>
public sealed class SharedConversationTests
{
    private const string Alex = "29:1alex";
    private const string Sam = "29:1sam";
    private const string SharpPain = "I have a sharp pain in my lower back";
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";
    private const string ChatLink = "https://teams.microsoft.com/l/chat/0/0?users=28:00000000-0000-4000-8000-00000000b0b0";

    [Theory]
    [InlineData("groupChat")]
    [InlineData("channel")]
    public async Task OnePersonsSharpPain_DoesNotDecideAnothersReply(string conversationType)
    {
        await using var bot = Shared(conversationType);

        var alexTold = Assert.Single(await bot.SayAsync(Alex, SharpPain));
        var samAsked = Assert.Single(await bot.SayAsync(Sam, HamstringQuestion));
        var alexAsked = Assert.Single(await bot.SayAsync(Alex, HamstringQuestion));

        Assert.Equal("doctor", ReplyReading.TriageLevel(alexTold));
        Assert.Equal("hamstring-stretch", ReplyReading.AdviceId(samAsked));
        Assert.Null(ReplyReading.TriageLevel(samAsked));
        Assert.Null(ReplyReading.AdviceId(alexAsked));
        Assert.Equal("doctor", ReplyReading.TriageLevel(alexAsked));
    }

    [Fact]
    public async Task OneToOneChat_KeepsOneStateForTheConversation()
    {
        await using var bot = new TestBot(channelId: BotChannels.MsTeams, conversationType: "personal");

        await bot.SayAsync(Alex, SharpPain);
        var later = Assert.Single(await bot.SayAsync(Sam, HamstringQuestion));

        Assert.Equal("doctor", ReplyReading.TriageLevel(later));
    }

    [Fact]
    public async Task Decision_InAGroupChat_GivesTheLevelWithoutRepeatingWhatWasSaid_AndOffersOneToOne()
    {
        await using var bot = Shared("groupChat");

        var reply = Assert.Single(await bot.SayAsync(Alex, SharpPain));

        var wording = Content.Wording;
        Assert.Equal("doctor", ReplyReading.TriageLevel(reply));
        Assert.Equal(["sharp-pain"], ReplyReading.TriageReasons(reply));
        Assert.DoesNotContain(wording.DoctorReasons["sharp-pain"], reply.Text, StringComparison.Ordinal);
        Assert.EndsWith(wording.Shared.OneToOne, reply.Text, StringComparison.Ordinal);
        var buttons = Assert.Single(reply.Attachments!).Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
        var chat = buttons.Single(button => button.GetProperty("type").GetString() == ActionTypes.OpenUrl);
        Assert.Equal(wording.Cards.OneToOneButton, chat.GetProperty("title").GetString());
        Assert.Equal(ChatLink, chat.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Emergency_InAChannel_NamesNoSymptom_AndKeepsTheCallAndTheOneToOneButtons()
    {
        await using var bot = Shared("channel");

        var reply = Assert.Single(await bot.SayAsync(Alex, "my back hurts and I can't control my bladder"));

        Assert.Equal("emergency", ReplyReading.TriageLevel(reply));
        Assert.DoesNotContain("bladder", reply.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("You mentioned", reply.Summary, StringComparison.Ordinal);
        var card = Assert.Single(reply.Attachments!).Content!.Value;
        Assert.DoesNotContain("bladder", card.GetRawText(), StringComparison.OrdinalIgnoreCase);
        var urls = card.GetProperty("actions").EnumerateArray()
            .Where(action => action.GetProperty("type").GetString() == "Action.OpenUrl")
            .Select(action => action.GetProperty("url").GetString());
        Assert.Equal(["tel:911", ChatLink], urls);
    }

    [Fact]
    public async Task PregnancyCaution_InAGroupChat_DoesNotSayThePersonIsPregnant()
    {
        await using var bot = Shared("groupChat");

        var reply = Assert.Single(await bot.SayAsync(Alex, "I'm pregnant, which stretch helps my stiff lower back?"));

        Assert.NotNull(ReplyReading.AdviceId(reply));
        Assert.DoesNotContain(Content.Wording.PregnancyCaution, reply.Summary, StringComparison.Ordinal);
        Assert.StartsWith(Content.Wording.Shared.PregnancyCaution, reply.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many reps of the hip flexor stretch?")]
    [InlineData("which of the five are OK for me?")]
    public async Task PregnancyCaution_OnAQuestionAboutTheExercises_InAGroupChat_DoesNotSayThePersonIsPregnant(string question)
    {
        await using var bot = Shared("groupChat");
        await bot.SayAsync(Alex, "I'm pregnant and my lower back is stiff from my desk");

        var reply = (await bot.SayAsync(Alex, question))[0];

        Assert.DoesNotContain(Content.Wording.PregnancyCaution, reply.Summary ?? reply.Text, StringComparison.Ordinal);
        Assert.StartsWith(Content.Wording.Shared.PregnancyCaution, reply.Summary ?? reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_InAGroupChat_ForgetsOnlyThePersonWhoAsked()
    {
        await using var bot = Shared("groupChat");
        await bot.SayAsync(Alex, "my back hurts");
        await bot.SayAsync(Sam, "my back hurts");
        var alexKey = ConversationKeys.DialogState(From(bot, Alex));
        var samKey = ConversationKeys.DialogState(From(bot, Sam));

        var forgotten = Assert.Single(await bot.SayAsync(Alex, "forget me"));
        var samAnswers = Assert.Single(await bot.SayAsync(Sam, "about ten days"));

        Assert.Equal(Content.Wording.Shared.Forgotten, forgotten.Text);
        Assert.Null(await bot.Storage.ReadAsync(alexKey));
        Assert.NotNull(await bot.Storage.ReadAsync(samKey));
        Assert.Equal("doctor", ReplyReading.TriageLevel(samAnswers));
        Assert.DoesNotContain(alexKey, await StateKeysAsync(bot));
    }

    [Fact]
    public async Task Uninstall_FromAGroupChat_DeletesEveryPersonsState()
    {
        await using var bot = Shared("groupChat");
        await bot.SayAsync(Alex, "my back hurts");
        await bot.SayAsync(Sam, SharpPain);
        var keys = await StateKeysAsync(bot);
        Assert.Equal(2, keys.Count);

        await bot.SendAsync(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "remove", From = new ChannelAccount(Sam) });

        Assert.Empty(await bot.Storage.ReadAsync([.. keys, ConversationKeys.SharedStates(bot.Address), ConversationKeys.Welcomed(bot.Address)], CancellationToken.None));
    }

    [Fact]
    public async Task Welcome_InAGroupChat_ComesOnceWhenTheBotJoins_NotForEachNewMember()
    {
        await using var bot = Shared("groupChat");

        var botJoined = await bot.SendAsync(TestBot.MembersAdded(TestBot.BotAccount.Id!, Alex, Sam));
        var colleagueJoined = await bot.SendAsync(TestBot.MembersAdded("29:1newcomer"));
        var installed = await bot.SendAsync(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add", From = new ChannelAccount(Alex) });

        Assert.Single(botJoined);
        Assert.Empty(colleagueJoined);
        Assert.Empty(installed);
    }

    [Fact]
    public async Task Welcome_InATeam_ComesOncePerInstallation_WhicheverChannelOrEventCarriesIt()
    {
        await using var general = new TestBot(channelId: BotChannels.MsTeams, conversationId: "19:general@thread.tacv2", conversationType: "channel");
        await using var otherChannel = new TestBot(general.Storage, BotChannels.MsTeams, "19:other@thread.tacv2", "channel");

        var installed = await general.SendAsync(InTeam(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "add", From = new ChannelAccount(Alex) }));
        var botAdded = await otherChannel.SendAsync(InTeam(TestBot.MembersAdded(TestBot.BotAccount.Id!)));
        var memberAdded = await general.SendAsync(InTeam(TestBot.MembersAdded("29:1newcomer")));

        Assert.Single(installed);
        Assert.Empty(botAdded);
        Assert.Empty(memberAdded);
    }

    private static TestBot Shared(string conversationType) =>
        new(channelId: BotChannels.MsTeams, conversationId: "19:chat@thread.v2", conversationType: conversationType, locale: "en-US");

    private static Activity From(TestBot bot, string personId)
    {
        var address = bot.Address;
        address.From = new ChannelAccount(personId);
        return address;
    }

    private static async Task<IReadOnlyList<string>> StateKeysAsync(TestBot bot)
    {
        var index = await bot.Storage.ReadAsync(ConversationKeys.SharedStates(bot.Address));
        return index is null ? [] : [.. index.Document.GetProperty("keys").EnumerateArray().Select(key => key.GetString()!)];
    }

    private static Activity InTeam(Activity activity)
    {
        activity.ChannelData = JsonSerializer.SerializeToElement(new { team = new { id = "19:team-root@thread.tacv2" }, tenant = new { id = "tenant-1" } });
        return activity;
    }
}
