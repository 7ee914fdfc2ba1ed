namespace BackCareBot.Tests.Support;

/// <summary>
/// A fresh SQLite state file per test host, in the temp folder: every host runs on the real embedded store, and no
/// test sees state another test or an earlier run left behind.
/// </summary>
public static class TestStateFiles
{
    public static string NewPath() =>
        Path.Combine(Path.GetTempPath(), "backcarebot-tests", $"state-{Guid.NewGuid():N}.db");
}
