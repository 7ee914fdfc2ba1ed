namespace BackCareBot.LoadBenchmark;

internal static class ExitCodes
{
    public const int TargetsMet = 0;
    public const int TargetMissed = 1;
    public const int Usage = 2;
    public const int CouldNotRun = 3;
}
