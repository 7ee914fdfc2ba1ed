namespace BackCareBot.Evaluation;

/// <summary>
/// <c>BackCareBot.Tools eval [files...]</c>: plays the labelled evaluation set (by default the project's own) against the
/// whole bot in process (<see cref="BotEvaluationSubject"/>), prints the scores and every failing case, and exits non-zero when a target is missed or a file is malformed.
/// </summary>
internal static class EvaluateCommand
{
    public const int Passed = 0;
    public const int BelowTargets = 1;
    public const int CannotRun = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(arg => arg is "-h" or "--help"))
        {
            await Console.Out.WriteLineAsync("usage: BackCareBot.Tools eval [evaluation.jsonl ...]  (default: tests/Evaluation/backcare.jsonl)").ConfigureAwait(false);
            return Passed;
        }

        if (RepositoryRoot.FindFromHere() is not { } root)
        {
            await Console.Error.WriteLineAsync(
                $"Cannot find {RepositoryRoot.SolutionFileName} above the current folder: run the command inside the checkout.").ConfigureAwait(false);
            return CannotRun;
        }

        string[] files = args.Length > 0
            ? [.. args.Select(arg => RepositoryRoot.ResolveArgument(arg, root))]
            : [Path.GetRelativePath(Environment.CurrentDirectory, RepositoryRoot.EvaluationSet(root))];
        return await RunAsync(
            files,
            () => BotEvaluationSubject.Load(root, new EvaluationClock()),
            Console.Out,
            Console.Error,
            CancellationToken.None).ConfigureAwait(false);
    }

    /// <param name="createSubject">Called only once every file has been read, so a typo in a file is reported at once.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> files,
        Func<IEvaluationSubject> createSubject,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(createSubject);
        ArgumentNullException.ThrowIfNull(error);
        var cases = new List<EvaluationCase>();
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await error.WriteLineAsync($"{file}: no such evaluation file").ConfigureAwait(false);
                return CannotRun;
            }

            try
            {
                cases.AddRange(EvaluationSetReader.ReadFile(file));
            }
            catch (EvaluationSetFormatException exception)
            {
                await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                return CannotRun;
            }
        }

        var runs = await EvaluationRunner.RunAsync(createSubject(), cases, cancellationToken).ConfigureAwait(false);
        var score = EvaluationScorer.Score(runs);
        var targets = EvaluationTargets.Default;
        EvaluationReportWriter.Write(output, files, score, targets);
        return targets.Missed(score).Count == 0 ? Passed : BelowTargets;
    }
}
