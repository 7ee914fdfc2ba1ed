using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Prints a replayed conversation: the user's lines, the bot's lines marked ✓ or ✗ (what the bot sent, or what the
/// transcript expected when the bot sent nothing), and under the first difference the expected and actual values.
/// </summary>
public static class ReplayReportWriter
{
    private const string Pass = "✓";
    private const string Fail = "✗";
    private const string Indent = "           ";

    public static void Write(TextWriter output, ReplayResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var first = result.FirstDifference;
        output.WriteLine(first is null
            ? $"PASS {result.Transcript.Source} ({result.BotActivities} bot {(result.BotActivities == 1 ? "activity" : "activities")})"
            : $"FAIL {result.Transcript.Source}: turn {first.Turn} differs in {first.Difference!.Field}");
        foreach (var step in result.Steps)
        {
            WriteStep(output, step);
            if (ReferenceEquals(step, first))
            {
                WriteDifference(output, step.Difference!);
            }
        }
    }

    public static void WriteSummary(TextWriter output, int passed, int failed, int unreadable)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(unreadable == 0
            ? $"transcripts: {passed} passed, {failed} failed"
            : $"transcripts: {passed} passed, {failed} failed, {unreadable} unreadable");
    }

    private static void WriteStep(TextWriter output, ReplayStep step)
    {
        var (mark, label, activity) = step.Kind switch
        {
            ReplayStepKind.User => (" ", "user", step.Expected),
            ReplayStepKind.Bot => (step.Passed ? Pass : Fail, "bot", step.Actual),
            ReplayStepKind.Missing => (Fail, "bot (missing)", step.Expected),
            ReplayStepKind.Unexpected => (Fail, "bot (unexpected)", step.Actual),
            _ => (Fail, "bot (turn failed)", null),
        };
        var lines = activity is null ? [step.Difference?.Actual ?? string.Empty] : Describe(activity);
        output.WriteLine($"  {mark} {label}: {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine((Indent + line).TrimEnd());
        }
    }

    private static void WriteDifference(TextWriter output, ActivityDifference difference)
    {
        output.WriteLine($"{Indent}^ first difference: {difference.Field}");
        WriteValue(output, "expected: ", difference.Expected);
        WriteValue(output, "actual:   ", difference.Actual);
    }

    private static void WriteValue(TextWriter output, string label, string value)
    {
        var lines = value.Split('\n');
        output.WriteLine($"{Indent}  {label}{lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine($"{Indent}  {new string(' ', label.Length)}{line}".TrimEnd());
        }
    }

    private static List<string> Describe(Activity activity)
    {
        var lines = new List<string>();
        if (activity.IsType(ActivityTypes.Message))
        {
            lines.AddRange(ActivityComparer.Normalize(ActivityComparer.Words(activity)).Split('\n'));
        }
        else
        {
            lines.Add($"[{activity.Type}{Details(activity)}]");
        }

        if (activity.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            lines.Add($"[suggested actions: {ActivityComparer.Describe(actions)}]");
        }

        if (activity.Attachments is { Count: > 0 } attachments)
        {
            lines.Add($"[attachments: {ActivityComparer.Describe(attachments)}]");
        }

        if (lines.Count > 1 && lines[0].Length == 0)
        {
            lines.RemoveAt(0);
        }

        return lines;
    }

    private static string Details(Activity activity)
    {
        var parts = new List<string>();
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            parts.Add("added " + string.Join(", ", added.Select(Name)));
        }

        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            parts.Add("removed " + string.Join(", ", removed.Select(Name)));
        }

        if (activity.Action is { Length: > 0 } action)
        {
            parts.Add(action);
        }

        if (activity.Name is { Length: > 0 } name)
        {
            parts.Add(name);
        }

        return parts.Count == 0 ? string.Empty : ": " + string.Join("; ", parts);
    }

    private static string Name(ChannelAccount account) => account.Name ?? account.Id ?? "?";
}
