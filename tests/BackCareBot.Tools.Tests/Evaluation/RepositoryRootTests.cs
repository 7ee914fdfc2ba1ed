using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class RepositoryRootTests
{
    [Fact]
    public void FolderInsideTheCheckout_FindsTheFolderWithTheSolution()
    {
        var nested = Path.Combine(TestRepository.Root, "tests", "Evaluation");

        Assert.Equal(TestRepository.Root, RepositoryRoot.Find(nested));
    }

    [Fact]
    public void FolderOutsideAnyCheckout_FallsBackToTheNextStartFolder()
    {
        var outside = Path.GetPathRoot(Path.GetTempPath())!;

        Assert.Null(RepositoryRoot.Find(outside));
        Assert.Equal(TestRepository.Root, RepositoryRoot.Find(outside, TestRepository.Root));
    }
}
