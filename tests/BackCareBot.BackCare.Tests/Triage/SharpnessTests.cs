using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

public sealed class SharpnessTests
{
    [Theory]
    [InlineData("my back hurts")]
    [InlineData("my back is stiff")]
    [InlineData("hello")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("how long should I hold the stretch")]
    [InlineData("severe stiffness in the morning")]
    [InlineData("not dull")]
    [InlineData("core exercise for back stability")]
    [InlineData("exercise to stabilise my spine")]
    public void NothingAboutCharacter_IsUnknown(string message) =>
        Assert.Equal(Sharpness.Unknown, Extraction.Facts(message).Sharpness);

    [Theory]
    // Soreness is the ache the coach's new-pain advice is for (the eval's "my back started aching two days ago").
    [InlineData("sore back")]
    [InlineData("day 4 of a sore back after gardening")]
    public void Soreness_IsNotSharp(string message) =>
        Assert.Equal(Sharpness.NotSharp, Extraction.Facts(message).Sharpness);
}
