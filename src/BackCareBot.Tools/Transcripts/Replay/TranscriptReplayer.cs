using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Replays a transcript: sends its user-side activities to the bot in order, one turn each, and compares the bot
/// activities that follow each one in the transcript with what the bot sent in that turn, in order. Traces are for
/// developers and are skipped on both sides. Every turn is played even after a difference, so the report shows the
/// whole conversation.
/// </summary>
public static class TranscriptReplayer
{
    public static async Task<ReplayResult> ReplayAsync(Transcript transcript, IReplayTarget target, ReplayOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        var activities = transcript.Activities;
        var sentByBot = TranscriptSides.SentByBot(activities);
        var addressing = ReplayAddressing.For(activities, sentByBot);
        var steps = new List<ReplayStep>();
        var turn = 0;
        var index = 0;

        // Bot activities before the first user activity have nothing to answer: no turn produces them.
        var leading = TakeBotActivities(activities, sentByBot, ref index);
        Compare(steps, turn, leading, [], options);
        while (index < activities.Count)
        {
            turn++;
            // The step shows the activity as the transcript wrote it; the bot may change the copy it gets.
            var written = activities[index++];
            var sent = addressing.Prepare(written);
            steps.Add(new ReplayStep(ReplayStepKind.User, turn, written, null, null));
            var expected = TakeBotActivities(activities, sentByBot, ref index);
            try
            {
                var replies = await target.SendAsync(sent, cancellationToken).ConfigureAwait(false);
                Compare(steps, turn, expected, [.. replies.Where(IsShown)], options);
            }
            catch (ReplayTurnException exception)
            {
                steps.Add(new ReplayStep(ReplayStepKind.TurnFailed, turn, null, null, new ActivityDifference("turn", "replies", exception.Message)));
            }
        }

        return new ReplayResult(transcript, steps);
    }

    private static List<Activity> TakeBotActivities(IReadOnlyList<Activity> activities, IReadOnlyList<bool> sentByBot, ref int index)
    {
        var taken = new List<Activity>();
        for (; index < activities.Count && sentByBot[index]; index++)
        {
            if (IsShown(activities[index]))
            {
                taken.Add(activities[index]);
            }
        }

        return taken;
    }

    private static void Compare(List<ReplayStep> steps, int turn, List<Activity> expected, List<Activity> actual, ReplayOptions options)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            steps.Add((i < expected.Count, i < actual.Count) switch
            {
                (true, true) => new ReplayStep(ReplayStepKind.Bot, turn, expected[i], actual[i], ActivityComparer.Compare(expected[i], actual[i], options)),
                (true, false) => new ReplayStep(ReplayStepKind.Missing, turn, expected[i], null, new ActivityDifference("activity", Summary(expected[i]), "(nothing)")),
                _ => new ReplayStep(ReplayStepKind.Unexpected, turn, null, actual[i], new ActivityDifference("activity", "(nothing)", Summary(actual[i]))),
            });
        }
    }

    private static bool IsShown(Activity activity) => !activity.IsType(ActivityTypes.Trace);

    private static string Summary(Activity activity) =>
        activity.IsType(ActivityTypes.Message) ? "a message" : $"a {activity.Type} activity";
}
