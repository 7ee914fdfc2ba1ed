using BackCareBot.BackCare;

namespace BackCareBot.Evaluation;

/// <summary>
/// Which advice asks the body to do something. Sharp or lasting pain outranks stretching advice (design.md), so
/// only advice about the desk or about why sitting hurts may go to someone who is sent to a doctor.
/// </summary>
internal static class ExerciseAdvice
{
    private static readonly HashSet<string> SafeForEveryone =
        [AdviceIds.DeskErgonomics, AdviceIds.StandingDesk, AdviceIds.WhySittingHurts];

    public static bool IsExercise(string? adviceId) => adviceId is not null && !SafeForEveryone.Contains(adviceId);
}
