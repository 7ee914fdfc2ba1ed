using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>What a whole message leads to: <c>TriageAssessor.Assess(extractor.Extract(message))</c>.</summary>
public sealed class EndToEndTriageTests
{
    [Theory]
    [InlineData("I have a sharp pain in my back when I stand up", TriageLevel.Doctor)]
    [InlineData("my lower back has hurt for two weeks", TriageLevel.Doctor)]
    [InlineData("my back started aching two days ago", TriageLevel.SelfCare)]
    [InlineData("back pain and I can't feel my legs properly, both are numb", TriageLevel.Emergency)]
    [InlineData("my back is killing me, it's like someone stabbing me with a kinfe", TriageLevel.Doctor)]
    [InlineData("dull ache in my lower back since last Friday", TriageLevel.SelfCare)]
    [InlineData("dull ache in my lower back since last month", TriageLevel.Doctor)]
    [InlineData("my back has been aching for 6 days", TriageLevel.SelfCare)]
    [InlineData("my back has been aching for 8 days", TriageLevel.Doctor)]
    [InlineData("my back has been aching for a week", TriageLevel.Doctor)]
    [InlineData("it's a dull pain, it has been hurting for over a week", TriageLevel.Doctor)]
    [InlineData("I fell down the stairs and now my back hurts", TriageLevel.Emergency)]
    [InlineData("my back hurts and I've wet myself", TriageLevel.Emergency)]
    [InlineData("back pain and chest pain", TriageLevel.Emergency)]
    [InlineData("my back hurts and the pain wakes me up at night", TriageLevel.Urgent)]
    [InlineData("I'm 60 and my back just started hurting", TriageLevel.Urgent)]
    [InlineData("no fever but a sharp pain", TriageLevel.Doctor)]
    [InlineData("the pain is excruciating", TriageLevel.Doctor)]
    public void TypicalMessage_GetsItsLevel(string message, TriageLevel level)
    {
        var assessment = Extraction.Assess(message);

        Assert.Equal(TriageStatus.Decided, assessment.Status);
        Assert.Equal(level, assessment.Level);
    }

    [Theory]
    [InlineData("back pain and a fever")]
    [InlineData("my back hurts and I've been running a temperature")]
    public void BackPainWithFever_IsUrgentOrEmergency(string message) =>
        Assert.True(Extraction.Assess(message).Level >= TriageLevel.Urgent);

    [Theory]
    [InlineData("my back hurts", MissingPainFacts.Duration | MissingPainFacts.Sharpness)]
    [InlineData("my lower back is sore", MissingPainFacts.Duration | MissingPainFacts.Sharpness)]
    [InlineData("it's a dull ache", MissingPainFacts.Duration)]
    [InlineData("my back has hurt since Monday", MissingPainFacts.Sharpness)]
    public void VaguePain_NeedsFollowUp(string message, MissingPainFacts missing)
    {
        var assessment = Extraction.Assess(message);

        Assert.Equal(TriageStatus.NeedsFollowUp, assessment.Status);
        Assert.Equal(missing, assessment.Missing);
    }

    [Theory]
    [InlineData("it isn't sharp, my back is just stiff")]
    [InlineData("my back is stiff after sitting all day")]
    [InlineData("tight hamstrings, what should I do?")]
    [InlineData("how long do I hold the hamstring stretch")]
    [InlineData("I sit 9 hours a day")]
    [InlineData("is a foam roller any good")]
    [InlineData("should I stand at my desk")]
    [InlineData("what is the dead bug exercise?")]
    [InlineData("how often should I do the hip flexor stretch?")]
    [InlineData("hi")]
    [InlineData("")]
    public void StretchingQuestion_HasNoTriage(string message) =>
        Assert.Equal(TriageStatus.NotApplicable, Extraction.Assess(message).Status);

    [Theory]
    [InlineData("my back hurts", "about ten days", TriageLevel.Doctor)]
    [InlineData("my back hurts", "sharp", TriageLevel.Doctor)]
    [InlineData("it's a dull ache", "two days", TriageLevel.SelfCare)]
    [InlineData("my back hurts", "since last Friday", null)]
    [InlineData("it aches", "3 weeks", TriageLevel.Doctor)]
    public void FollowUpAnswer_CompletesTheEarlierFacts(string first, string answer, TriageLevel? level)
    {
        var facts = Extraction.Facts(first).CombineWith(Extraction.Facts(answer));

        Assert.Equal(level, TriageAssessor.Assess(facts).Level);
    }

    [Theory]
    // The colleague's same-day check is the colleague's: the person's own stiffness starts afresh.
    [InlineData("she had a kidney infection and now her lower back hurts and she has chills", "ok and me, i'm just stiff", null)]
    [InlineData("my mum fell and hurt her back, she has osteoporosis", "just for me then, my back is stiff", null)]
    // Someone else's emergency keeps the conversation on it.
    [InlineData("my dad can't feel his legs", "and me, my back is stiff", TriageLevel.Emergency)]
    // Asking what to do for them is not turning to oneself.
    [InlineData("my mum fell and hurt her back, she has osteoporosis", "what should I do", TriageLevel.Urgent)]
    public void TurningToOneself_AfterAskingForSomeoneElse_LeavesTheirFactsWithThem(string first, string then, TriageLevel? level)
    {
        var facts = Extraction.Facts(first).CombineWith(Extraction.Facts(then));

        Assert.Equal(level, TriageAssessor.Assess(facts).Level);
    }

    [Fact]
    public void ALengthNamingNobody_StaysWithTheOtherPerson_AndTurningToOneselfLeavesTheirAgeWithThem()
    {
        var son = Extraction.Facts("my 13 year old son complains his lower back hurts after gaming all day");
        var withLength = son.CombineWith(Later(son, "about 3 weeks"));
        Assert.True(withLength.AboutSomeoneElse);

        var mine = withLength.CombineWith(Later(withLength, "and what about me, I sit all day too and my back's stiff but no pain"));

        Assert.Null(TriageAssessor.Assess(mine).Level);
    }

    [Fact]
    public void HerAsThePerson_OwnsTheSignAfterIt()
    {
        var first = Extraction.Facts("my daughter has a fever, and my lower back is wrecked from sitting at the kitchen table");

        var then = Later(first, "what should I give her for the fever, calpol?");

        Assert.Empty(then.WarningSigns);
    }

    [Theory]
    // An event said of someone else becomes the person's when they say they were in it too.
    [InlineData("my brother was in a car crash last week, he's fine. but my back has been stiff", "actually I was in the car too, just the passenger", TriageLevel.Emergency)]
    [InlineData("my brother was in a car crash last week, he's fine", "I was driving all day to see him and my back is stiff", null)]
    // An event long over is over for everyone in it.
    [InlineData("my dad was in a car crash back in 2009", "I was in the car too", null)]
    public void PuttingOneselfInSomeoneElsesEvent_MakesItsSignTheirs(string first, string then, TriageLevel? level)
    {
        var earlier = Extraction.Facts(first);
        var facts = earlier.CombineWith(Later(earlier, then));

        Assert.Equal(level, TriageAssessor.Assess(facts).Level);
    }

    private static PainFacts Later(PainFacts earlier, string text) =>
        Extraction.Extractor.Extract(Extraction.Read(text), Extraction.Wednesday, earlier);

    [Fact]
    public void AnAgeSaidEarlier_MeetsThePainsLengthSaidLater()
    {
        var first = Extraction.Facts("im 16 and my back gets stiff from gaming all day");
        var later = Extraction.Extractor.Extract(Extraction.Read("tbh its been a constant ache for over a month now"), Extraction.Wednesday, first);

        Assert.Equal(TriageLevel.Urgent, TriageAssessor.Assess(first.CombineWith(later)).Level);
    }
}
