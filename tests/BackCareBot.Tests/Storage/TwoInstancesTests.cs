using System.Text.Json.Nodes;
using BackCareBot.BackCare;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Storage;

/// <summary>
/// Two BackCareBot processes on one Blob container (Azurite), with no sticky routing: any turn of a conversation may
/// reach either. The conversation lives in the container, so the dialogs go on whichever instance answers, turns that
/// race are settled by the service's ETags (no update lost, each reply sent once), and an instance killed mid-dialog
/// and started again picks the conversation up.
/// </summary>
[Collection(AzuriteGroup.Name)]
public sealed class TwoInstancesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string ServiceUrl = "http://127.0.0.1:9/";

    private readonly string _container = AzuriteFixture.NewContainerName();
    private BotProcess? _first;
    private BotProcess? _second;

    private BotProcess First => _first!;

    private BotProcess Second => _second!;

    public async Task InitializeAsync()
    {
        var starting = new[] { BotProcess.StartAsync(Settings()), BotProcess.StartAsync(Settings()) };
        var started = await Task.WhenAll(starting);
        (_first, _second) = (started[0], started[1]);
    }

    [Fact]
    public async Task TurnsAlternatingBetweenInstances_ContinueOneDialog()
    {
        var conversation = Inbound.NewConversationId();

        var hamstring = await SayAsync(First, conversation, "how long do I hold the hamstring stretch?");
        var hipFlexor = await SayAsync(Second, conversation, "What's the next stretch?");
        var windmill = await SayAsync(First, conversation, "next");
        var deadBug = await SayAsync(Second, conversation, "next");

        Assert.Equal(AdviceIds.HamstringStretch, ReplyEntities.AdviceId(hamstring));
        Assert.Equal(AdviceIds.HipFlexorStretch, ReplyEntities.AdviceId(hipFlexor));
        Assert.Equal(AdviceIds.HalfKneelingWindmill, ReplyEntities.AdviceId(windmill));
        Assert.Equal(AdviceIds.DeadBug, ReplyEntities.AdviceId(deadBug));
    }

    [Fact]
    public async Task AQuestionAskedByOneInstance_IsUnderstoodByTheOther()
    {
        var conversation = Inbound.NewConversationId();

        var question = await SayAsync(First, conversation, "my back hurts");
        var decision = await SayAsync(Second, conversation, "about ten days");

        Assert.Equal("expectingInput", (string?)question["inputHint"]);
        Assert.Equal("doctor", ReplyEntities.TriageLevel(decision));
        Assert.Equal(["duration-over-a-week"], ReplyEntities.TriageReasons(decision));
    }

    [Fact]
    public async Task ConcurrentTurnsOfOneConversation_OnBothInstances_LoseNoUpdateAndRepeatNoReply()
    {
        var conversation = Inbound.NewConversationId();
        await SayAsync(First, conversation, "how long do I hold the hamstring stretch?");

        // Three "next" at once, two on one instance and one on the other: each must be computed on the state the
        // others left, so each shows a different stretch, and none shows the one already given.
        var answers = await Task.WhenAll(
            Task.Run(() => SayAsync(First, conversation, "next")),
            Task.Run(() => SayAsync(Second, conversation, "next")),
            Task.Run(() => SayAsync(First, conversation, "next")));
        var after = await SayAsync(Second, conversation, "next");

        var given = answers.Select(ReplyEntities.AdviceId).ToList();
        Assert.Equal(3, given.Distinct().Count());
        Assert.DoesNotContain(AdviceIds.HamstringStretch, given);
        Assert.DoesNotContain(ReplyEntities.AdviceId(after), given);
    }

    [Fact]
    public async Task AnInstanceKilledMidDialog_AndStartedAgain_ResumesTheConversation()
    {
        var conversation = Inbound.NewConversationId();
        var question = await SayAsync(First, conversation, "my back hurts");
        Assert.Equal("expectingInput", (string?)question["inputHint"]);

        await First.DisposeAsync();
        _first = await BotProcess.StartAsync(Settings());
        var decision = await SayAsync(First, conversation, "about ten days");
        var next = await SayAsync(Second, conversation, "what can I do about it while I wait?");

        Assert.Equal("doctor", ReplyEntities.TriageLevel(decision));
        Assert.Equal(["duration-over-a-week"], ReplyEntities.TriageReasons(decision));
        Assert.Null(ReplyEntities.Find(next, ReplyEntities.Advice));
    }

    [Fact]
    public async Task ARepeatedMembersUpdate_OnTheOtherInstance_WelcomesNoOneTwice()
    {
        var conversation = Inbound.NewConversationId();

        var first = await First.Client.ExpectRepliesAsync(Inbound.ConversationUpdate(conversation, ServiceUrl, "msteams", Inbound.BotId, Inbound.UserId));
        var repeated = await Second.Client.ExpectRepliesAsync(Inbound.ConversationUpdate(conversation, ServiceUrl, "msteams", Inbound.BotId, Inbound.UserId));

        Assert.Single(first);
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task BothInstances_AreReady_WhileTheContainerAnswers()
    {
        foreach (var bot in new[] { First, Second })
        {
            using var ready = await bot.Client.GetAsync("/readyz");

            Assert.Equal(System.Net.HttpStatusCode.OK, ready.StatusCode);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in (BotProcess?[])[_first, _second])
        {
            if (bot is not null)
            {
                await bot.DisposeAsync();
            }
        }
    }

    private Dictionary<string, string?> Settings() => azurite.StorageSettings(_container);

    /// <summary>One message; exactly one reply comes back, in the response (expectReplies).</summary>
    private static async Task<JsonNode> SayAsync(BotProcess bot, string conversation, string text) =>
        Assert.Single(await bot.Client.ExpectRepliesAsync(Inbound.Message(text, conversation, ServiceUrl)));
}
