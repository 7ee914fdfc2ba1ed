using BackCareBot.BackCare.Triage;

namespace BackCareBot.Evaluation;

/// <summary>Turns what the bot decided into the scores of tests/Evaluation/README.md.</summary>
internal static class EvaluationScorer
{
    public static EvaluationScore Score(IReadOnlyList<CaseRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var tally = new Tally();
        var failures = new List<CaseFailure>();
        foreach (var run in runs)
        {
            var problems = new List<CaseProblem>();
            if (run.Error is { } error)
            {
                problems.Add(new CaseProblem(run.Outcomes.Count, $"the bot failed: {error}"));
            }

            var unsafeSteps = CheckSafety(run, problems);
            tally.UnsafeAdvice += unsafeSteps;
            CheckAdvice(run, unsafeSteps == 0, problems, tally);
            CheckTriage(run, problems, tally);
            if (problems.Count > 0)
            {
                failures.Add(new CaseFailure(run, [.. problems.OrderBy(problem => problem.Step)]));
            }
        }

        return new EvaluationScore(
            runs.Count,
            new Ratio(tally.AdviceAccepted, tally.AdviceChecked),
            new Ratio(tally.RedFlagsReached, tally.RedFlags),
            new Ratio(tally.OverTriaged, tally.LowAcuity),
            new Ratio(tally.TriageMatched, tally.TriageChecked),
            tally.UnsafeAdvice,
            failures);
    }

    private static int CheckSafety(CaseRun run, List<CaseProblem> problems)
    {
        var unsafeSteps = 0;
        for (var step = 0; step < run.Outcomes.Count; step++)
        {
            var outcome = run.Outcomes[step];
            if (outcome.Level >= TriageLevel.Doctor && ExerciseAdvice.IsExercise(outcome.AdviceId))
            {
                unsafeSteps++;
                problems.Add(new CaseProblem(
                    step,
                    $"exercise pushed at someone who should see a doctor: advice {outcome.AdviceId}, triage {outcome.DescribeTriage()}"));
            }
        }

        return unsafeSteps;
    }

    private static void CheckAdvice(CaseRun run, bool safe, List<CaseProblem> problems, Tally tally)
    {
        if (run.Case.Advice is not { } acceptable)
        {
            return;
        }

        tally.AdviceChecked++;
        var turns = run.Case.Turns.Count;
        if (run.Outcomes.Count < turns)
        {
            return;
        }

        var firstAdviceStep = Enumerable.Range(0, turns).FirstOrDefault(step => run.Outcomes[step].AdviceId is not null, turns - 1);
        var given = run.Outcomes[firstAdviceStep].AdviceId;
        var accepted = acceptable.Count == 0 ? given is null : given is not null && acceptable.Contains(given);
        if (!accepted)
        {
            var wanted = acceptable.Count == 0 ? "no advice" : $"one of {string.Join(", ", acceptable)}";
            problems.Add(new CaseProblem(firstAdviceStep, $"expected {wanted}, the bot gave {given ?? "no advice"}"));
        }

        if (accepted && safe)
        {
            tally.AdviceAccepted++;
        }
    }

    private static void CheckTriage(CaseRun run, List<CaseProblem> problems, Tally tally)
    {
        foreach (var (step, expected) in run.Case.TriageChecks)
        {
            var outcome = run.OutcomeAt(step);
            tally.TriageChecked++;
            if (outcome is not null && expected.Accepts(outcome))
            {
                tally.TriageMatched++;
            }
            else if (outcome is not null)
            {
                problems.Add(new CaseProblem(
                    step, $"expected triage {expected.ToWireName()}, the bot decided {outcome.DescribeTriage()}"));
            }

            if (expected.RedFlagMinimum() is { } minimum)
            {
                tally.RedFlags++;
                tally.RedFlagsReached += outcome?.Level >= minimum ? 1 : 0;
            }
            else if (expected.IsLowAcuity())
            {
                tally.LowAcuity++;
                tally.OverTriaged += outcome?.Level >= TriageLevel.Doctor ? 1 : 0;
            }
        }
    }

    private sealed class Tally
    {
        public int AdviceChecked { get; set; }
        public int AdviceAccepted { get; set; }
        public int RedFlags { get; set; }
        public int RedFlagsReached { get; set; }
        public int LowAcuity { get; set; }
        public int OverTriaged { get; set; }
        public int TriageChecked { get; set; }
        public int TriageMatched { get; set; }
        public int UnsafeAdvice { get; set; }
    }
}
