using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Tools.Tests.Evaluation;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Reading;
using BackCareBot.Transcripts.Recording;
using BackCareBot.Transcripts.Replay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace BackCareBot.Tools.Tests.Transcripts.Recording;

public sealed class TranscriptRecorderTests
{
    private static readonly string Dialogs = Path.Combine(TestRepository.Root, "dialogs");

    [Fact]
    public async Task RecordedConversation_ReplaysAsAPass()
    {
        using var folder = new TemporaryFolder();
        await RecordAsync(folder, Update(), Message("how long do I hold the hamstring stretch?"), Message("I have a sharp pain in my lower back"));

        var transcript = TranscriptFile.Read(Assert.Single(Directory.GetFiles(folder.Path, "*.transcript", SearchOption.AllDirectories)));
        await using var freshBot = ReplayedBot.Create(Dialogs);
        var result = await TranscriptReplayer.ReplayAsync(transcript, freshBot, ReplayedBot.Options, CancellationToken.None);

        var report = new StringWriter();
        ReplayReportWriter.Write(report, result);
        Assert.True(result.Passed, report.ToString());
        Assert.Equal(3, result.BotActivities);
    }

    [Fact]
    public async Task Recording_IsOneFilePerChannelAndConversationWithRolesTimestampsAndDecisions()
    {
        using var folder = new TemporaryFolder();
        await RecordAsync(folder, Message("I have a sharp pain in my lower back"));

        var path = Path.Combine(folder.Path, "webchat", "conv%3A1.transcript");
        var activities = TranscriptFile.Read(path).Activities;

        Assert.Equal([RoleTypes.User, RoleTypes.Bot], activities.Select(activity => activity.From?.Role));
        Assert.Equal([RoleTypes.Bot, RoleTypes.User], activities.Select(activity => activity.Recipient?.Role));
        Assert.All(activities, activity => Assert.NotNull(activity.Timestamp));
        Assert.All(activities, activity => Assert.Null(activity.DeliveryMode));
        Assert.Equal("m1", activities[0].Id);
        Assert.Contains(activities[1].Entities!, entity => entity.IsType("backcare/triage"));
    }

    [Fact]
    public async Task TeamsMessage_IsRecordedAsItArrived()
    {
        using var folder = new TemporaryFolder();
        var teams = TranscriptFile.Read(Path.Combine(Dialogs, "transcripts", "teams-mention.transcript")).Activities[0];

        await RecordAsync(folder, teams);

        var recorded = TranscriptFile.Read(Assert.Single(Directory.GetFiles(folder.Path, "*.transcript", SearchOption.AllDirectories))).Activities;
        Assert.StartsWith("<at>BackCareBot</at>", recorded[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, recorded.Count);
    }

    [Fact]
    public async Task ForgetMe_DeletesTheRecording_AndWritesNoFileForTheForgettingTurn()
    {
        using var folder = new TemporaryFolder();
        var other = Message("how long do I hold the hamstring stretch?");
        other.Conversation = new ConversationAccount { Id = "conv/1" };

        await RecordAsync(folder, Message("my back hurts"), other, Message("forget me"));

        var left = Directory.GetFiles(folder.Path, "*.transcript", SearchOption.AllDirectories);
        Assert.Equal(Path.Combine(folder.Path, "webchat", "conv%2F1.transcript"), Assert.Single(left));
    }

    [Fact]
    public async Task AnUninstall_DeletesTheRecording()
    {
        using var folder = new TemporaryFolder();

        await RecordAsync(folder, Message("my back hurts"), Address(new Activity { Type = ActivityTypes.InstallationUpdate, Action = "remove" }));

        Assert.Empty(Directory.GetFiles(folder.Path, "*.transcript", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task AfterForgetMe_TheConversationIsRecordedAfreshFromTheNextTurn()
    {
        using var folder = new TemporaryFolder();

        await RecordAsync(folder, Message("my back hurts"), Message("forget me"), Message("how long do I hold the hamstring stretch?"));

        var recorded = TranscriptFile.Read(Assert.Single(Directory.GetFiles(folder.Path, "*.transcript", SearchOption.AllDirectories))).Activities;
        Assert.Equal("how long do I hold the hamstring stretch?", recorded[0].Text);
        Assert.Equal(2, recorded.Count);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("recordings", true)]
    public void Middleware_IsRegisteredOnlyWhenAFolderIsSet(string? folder, bool registered)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([new("Transcripts:RecordingFolder", folder)]);

        builder.AddTranscriptRecording();

        Assert.Equal(registered, builder.Services.Any(service => service.ServiceType == typeof(IMiddleware) && service.ImplementationType == typeof(TranscriptRecorder)));
    }

    private static async Task RecordAsync(TemporaryFolder folder, params Activity[] activities)
    {
        await using var bot = ReplayedBot.Create(Dialogs, [new("Transcripts:RecordingFolder", folder.Path)]);
        foreach (var activity in activities)
        {
            await bot.SendAsync(activity, CancellationToken.None);
        }
    }

    private static Activity Update() => Address(new Activity
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [new ChannelAccount("user-1", "Sam"), new ChannelAccount("backcarebot", "BackCareBot")],
    });

    private static Activity Message(string text) => Address(new Activity { Type = ActivityTypes.Message, Id = "m1", Text = text });

    private static Activity Address(Activity activity)
    {
        activity.ChannelId = Channels.Webchat;
        activity.Conversation = new ConversationAccount { Id = "conv:1" };
        activity.From = new ChannelAccount("user-1", "Sam");
        activity.Recipient = new ChannelAccount("backcarebot", "BackCareBot");
        return activity;
    }
}
