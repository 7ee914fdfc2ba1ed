using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Tests.Support;
using BotChannels = BackCareBot.BotFramework.Schema.Channels;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>Every reply says whether it asks (inputHint) and carries the decisions it conveys (design.md).</summary>
public sealed class ReplyShapeTests
{
    public static TheoryData<string[], string?, string?, string> Conversations => new()
    {
        // messages, advice entity, triage entity, inputHint of the last reply
        { ["my back hurts"], null, null, InputHints.ExpectingInput },
        { ["my back hurts", "about ten days"], null, "doctor", InputHints.AcceptingInput },
        { ["how long do I hold the hamstring stretch?"], "hamstring-stretch", null, InputHints.AcceptingInput },
        { ["how long do I hold the hamstring stretch?", "How do I do it?"], "hamstring-stretch", null, InputHints.AcceptingInput },
        { ["should I get a foam roller or a standing desk"], null, null, InputHints.ExpectingInput },
        { ["sharp pain in my back, should I get a standing desk?"], "standing-desk", "doctor", InputHints.AcceptingInput },
        { ["my back hurts and I have a fever"], null, "urgent", InputHints.AcceptingInput },
        { ["help"], null, null, InputHints.AcceptingInput },
        { ["how long do I hold the hamstring stretch?", "show me"], "hamstring-stretch", null, InputHints.AcceptingInput },
        { ["my back hurts and I can't control my bladder"], null, "emergency", InputHints.AcceptingInput },
        { ["my back pain is so bad i feel like hurting myself"], null, "emergency", InputHints.AcceptingInput },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Reply_CarriesItsDecisionsAndInputHint(string[] messages, string? adviceId, string? level, string inputHint)
    {
        await using var bot = new TestBot();
        IReadOnlyList<Activity> replies = [];
        foreach (var message in messages)
        {
            replies = await bot.SayAsync(message);
        }

        Assert.Equal(adviceId, replies.Select(ReplyReading.AdviceId).FirstOrDefault(id => id is not null));
        Assert.Equal(level, replies.Select(ReplyReading.TriageLevel).FirstOrDefault(found => found is not null));
        Assert.Equal(inputHint, replies[^1].InputHint);
    }

    [Fact]
    public async Task AdviceFollowUps_AreSuggestedActionsThatComeBackAsTheNextMessage()
    {
        await using var bot = new TestBot();

        var advice = Assert.Single(await bot.SayAsync("how long do I hold the hamstring stretch?"));

        var actions = advice.SuggestedActions!.Actions!;
        Assert.Equal(
            [Content.Wording.Actions.HowTo, Content.Wording.Actions.NextStretch, Content.Wording.Actions.WhySitting],
            actions.Select(action => action.Title));
        Assert.All(actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }

    [Fact]
    public async Task Teams_GetsTheFollowUpsOfAnAdviceCardAsImBackSubmits()
    {
        await using var bot = new TestBot(channelId: BotChannels.MsTeams);

        var advice = Assert.Single(await bot.SayAsync("how long do I hold the hamstring stretch?"));

        Assert.Null(advice.SuggestedActions);
        var card = Assert.Single(advice.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        var actions = card.Content!.Value.GetProperty("actions");
        Assert.Equal(3, actions.GetArrayLength());
        Assert.All(actions.EnumerateArray(), action => Assert.Equal("imBack", action.GetProperty("data").GetProperty("msteams").GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Teams_GetsTheFollowUpsOfAReplyInWordsAsHeroCardButtons()
    {
        await using var bot = new TestBot(channelId: BotChannels.MsTeams);

        var reply = Assert.Single(await bot.SayAsync("my back hurts"));

        Assert.Null(reply.SuggestedActions);
        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.HeroCard, card.ContentType);
        Assert.Equal(Content.Wording.Actions.DurationAnswers.Count, card.Content!.Value.GetProperty("buttons").GetArrayLength());
    }
}
