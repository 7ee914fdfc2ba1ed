using System.Runtime.CompilerServices;
using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>
/// The checkout these tests were compiled from. Test binaries may be built outside it (--artifacts-path), so the
/// search starts from this source file rather than the working folder.
/// </summary>
internal static class TestRepository
{
    public static string Root { get; } = RepositoryRoot.Find(Path.GetDirectoryName(SourceFile())!)
        ?? throw new InvalidOperationException($"No {RepositoryRoot.SolutionFileName} above the test sources.");

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
