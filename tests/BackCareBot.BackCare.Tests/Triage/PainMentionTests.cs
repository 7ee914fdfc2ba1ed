namespace BackCareBot.BackCare.Tests.Triage;

public sealed class PainMentionTests
{
    [Theory]
    [InlineData("my back hurts")]
    [InlineData("my lower back is hurting")]
    [InlineData("lower back pain")]
    [InlineData("it aches")]
    [InlineData("my back is aching")]
    [InlineData("sore lower back")]
    [InlineData("a throbbing pain")]
    [InlineData("I get a twinge when I bend")]
    [InlineData("my back went into spasm")]
    [InlineData("my back is killing me")]
    [InlineData("I'm in agony")]
    [InlineData("I put my back out yesterday")]
    [InlineData("I pulled a muscle in my back")]
    [InlineData("sciatica down my left leg")]
    [InlineData("it's painful when I bend over")]
    [InlineData("it started to hurt after lunch")]
    [InlineData("feels like someone stabbing me")]
    [InlineData("stiff and sore")]
    [InlineData("I have a bad back")]
    [InlineData("ouch my lower back")]
    [InlineData("MY BACK HURTS!!!")]
    [InlineData("my back hurts 😭")]
    [InlineData("<p>my <b>back</b> hurts</p>")]
    public void PainWords_MentionPain(string message) => Assert.True(Extraction.Facts(message).PainMentioned);

    [Theory]
    [InlineData("my back is stiff")]
    [InlineData("tight hamstrings")]
    [InlineData("my hips feel tight after sitting")]
    [InlineData("it isn't sharp, my back is just stiff")]
    [InlineData("it doesn't hurt, it's just stiff")]
    [InlineData("no pain, just stiffness")]
    [InlineData("I'm not in any pain")]
    [InlineData("my back is pain free now")]
    [InlineData("will stretching hurt?")]
    [InlineData("how do I stretch my hip flexors")]
    [InlineData("what is a dead bug exercise")]
    [InlineData("is a foam roller any good")]
    [InlineData("I feel tension in my lower back")]
    [InlineData("no, it's dull")]
    public void StiffnessOrNegatedPain_DoesNotMentionPain(string message) =>
        Assert.False(Extraction.Facts(message).PainMentioned);
}
