using BackCareBot.BackCare.Matching;

namespace BackCareBot.BackCare.Tests.Matching;

public sealed class AdviceMatcherTests
{
    /// <summary>Questions as people type them, worded differently from the knowledge files' phrasings.</summary>
    public static TheoryData<string, string> Questions => new()
    {
        { "how can i loosen up my butt muscles", AdviceIds.GluteSelfMassage },
        { "knots in my glutes", AdviceIds.GluteSelfMassage },
        { "should i massage my glutes after work", AdviceIds.GluteSelfMassage },
        { "self massage for a tight lower back", AdviceIds.GluteSelfMassage },
        { "my bum is really tight", AdviceIds.GluteSelfMassage },
        { "release my gluteus", AdviceIds.GluteSelfMassage },
        { "What did Marc Perry say?", AdviceIds.GluteSelfMassage },
        { "downward dog", AdviceIds.YogaPoses },
        { "Is child's pose good for the lower back?", AdviceIds.YogaPoses },
        { "yoga for back stiffness after sitting", AdviceIds.YogaPoses },
        { "any yoga poses i can do after work", AdviceIds.YogaPoses },
        { "balasana", AdviceIds.YogaPoses },
        { "how high should my monitor be", AdviceIds.DeskErgonomics },
        { "best office chair setup", AdviceIds.DeskErgonomics },
        { "my posture at the computer is bad", AdviceIds.DeskErgonomics },
        { "keyboard and mouse position", AdviceIds.DeskErgonomics },
        { "ergonomics", AdviceIds.DeskErgonomics },
        { "i slouch at my laptop all day", AdviceIds.DeskErgonomics },
        { "windmill exercise", AdviceIds.HalfKneelingWindmill },
        { "half kneeling windmills", AdviceIds.HalfKneelingWindmill },
        { "how to open up my hips", AdviceIds.HalfKneelingWindmill },
        { "glute activation", AdviceIds.HalfKneelingWindmill },
        { "what did kristin rooke suggest", AdviceIds.HalfKneelingWindmill },
        { "half kneeling hip flexor stretch", AdviceIds.HalfKneelingWindmill },
        { "tight hamstrings", AdviceIds.HamstringStretch },
        { "how do i stretch the back of my legs", AdviceIds.HamstringStretch },
        { "I can't touch my toes anymore", AdviceIds.HamstringStretch },
        { "my hammies are tight", AdviceIds.HamstringStretch },
        { "how long to hold a hamstring stretch", AdviceIds.HamstringStretch },
        { "hip flexor stretch", AdviceIds.HipFlexorStretch },
        { "tight psoas", AdviceIds.HipFlexorStretch },
        { "the front of my hips is tight from sitting", AdviceIds.HipFlexorStretch },
        { "how often should i stretch my hip flexors", AdviceIds.HipFlexorStretch },
        { "anterior pelvic tilt", AdviceIds.HipFlexorStretch },
        { "lunge stretch", AdviceIds.HipFlexorStretch },
        { "dead bug", AdviceIds.DeadBug },
        { "core exercises for lower back", AdviceIds.DeadBug },
        { "how to strengthen my core", AdviceIds.DeadBug },
        { "stabilize my spine", AdviceIds.DeadBug },
        { "exercise to strengthen deep abdominal muscles", AdviceIds.DeadBug },
        { "foam roller", AdviceIds.FoamRoller },
        { "should i foam roll my lower back", AdviceIds.FoamRoller },
        { "is rolling good for a stiff back", AdviceIds.FoamRoller },
        { "what do you think about rollers", AdviceIds.FoamRoller },
        { "massage ball", AdviceIds.MassageBall },
        { "lacrosse ball for my butt", AdviceIds.MassageBall },
        { "massage ball for my glutes", AdviceIds.MassageBall },
        { "sit on a ball and cross my legs", AdviceIds.MassageBall },
        { "standing desk", AdviceIds.StandingDesk },
        { "should i stand while working", AdviceIds.StandingDesk },
        { "sit-stand desk", AdviceIds.StandingDesk },
        { "adjustable desk for my back", AdviceIds.StandingDesk },
        { "why does sitting hurt my back", AdviceIds.WhySittingHurts },
        { "why is my back stiff after sitting", AdviceIds.WhySittingHurts },
        { "what causes back stiffness from sitting", AdviceIds.WhySittingHurts },
        { "is sitting bad for your back", AdviceIds.WhySittingHurts },
        { "how does sitting affect the spine", AdviceIds.WhySittingHurts },
    };

    /// <summary>The words people use for the article's body parts and tools.</summary>
    public static TheoryData<string, string> Vocabulary => new()
    {
        { "the back of my thighs", AdviceIds.HamstringStretch },
        { "back of my legs feel tight", AdviceIds.HamstringStretch },
        { "my butt", AdviceIds.GluteSelfMassage },
        { "bum", AdviceIds.GluteSelfMassage },
        { "buttocks", AdviceIds.GluteSelfMassage },
        { "front of my hips", AdviceIds.HipFlexorStretch },
        { "psoas", AdviceIds.HipFlexorStretch },
        { "tailbone tucked under", AdviceIds.HipFlexorStretch },
        { "abs", AdviceIds.DeadBug },
        { "core", AdviceIds.DeadBug },
        { "roller", AdviceIds.FoamRoller },
        { "chair", AdviceIds.DeskErgonomics },
        { "monitor", AdviceIds.DeskErgonomics },
        { "screen", AdviceIds.DeskErgonomics },
        { "keyboard", AdviceIds.DeskErgonomics },
    };

    public static TheoryData<string, string> Inflections => new()
    {
        { "stretching my hamstrings", AdviceIds.HamstringStretch },
        { "stretched hamstring", AdviceIds.HamstringStretch },
        { "massaging my glutes", AdviceIds.GluteSelfMassage },
        { "rolled my back on a foam roller", AdviceIds.FoamRoller },
        { "kneeling windmills", AdviceIds.HalfKneelingWindmill },
        { "standing desks", AdviceIds.StandingDesk },
        { "strengthening my core", AdviceIds.DeadBug },
        { "stretches for hip flexors", AdviceIds.HipFlexorStretch },
    };

    public static TheoryData<string, string> Typos => new()
    {
        { "strech my hamstrng", AdviceIds.HamstringStretch },
        { "hamstirng", AdviceIds.HamstringStretch },
        { "hip flexers", AdviceIds.HipFlexorStretch },
        { "psoaz strech", AdviceIds.HipFlexorStretch },
        { "gluts massage", AdviceIds.GluteSelfMassage },
        { "ergonmic chair", AdviceIds.DeskErgonomics },
        { "ergonomick", AdviceIds.DeskErgonomics },
        { "ergonimic setup", AdviceIds.DeskErgonomics },
        { "windmil", AdviceIds.HalfKneelingWindmill },
        { "foam rollr", AdviceIds.FoamRoller },
        { "standng desk", AdviceIds.StandingDesk },
        { "deadbugg", AdviceIds.DeadBug },
        { "masage ball", AdviceIds.MassageBall },
        { "downwrd dog", AdviceIds.YogaPoses },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    [MemberData(nameof(Vocabulary))]
    [MemberData(nameof(Inflections))]
    [MemberData(nameof(Typos))]
    public void Question_MatchesItsAdvice(string question, string expected)
    {
        var match = SharedMatcher.Match(question);

        Assert.Equal((MatchOutcome.Matched, expected), (match.Outcome, match.Best?.AdviceId));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Ranking_IsBestFirstWithScoresAboveZeroUpToOne(string question, string expected)
    {
        var match = SharedMatcher.Match(question);

        Assert.Equal(expected, match.Ranked[0].AdviceId);
        Assert.All(match.Ranked, advice => Assert.InRange(advice.Score, double.Epsilon, 1));
        Assert.Equal(match.Ranked.OrderByDescending(advice => advice.Score).Select(advice => advice.Score), match.Ranked.Select(advice => advice.Score));
        Assert.Equal(match.Ranked.Count, match.Ranked.Select(advice => advice.AdviceId).Distinct().Count());
    }

    [Fact]
    public void StrongMatch_ScoresHigherThanWeakOne()
    {
        var strong = SharedMatcher.Match("how do i stretch my tight hamstrings after sitting all day").Best;
        var weak = SharedMatcher.Match("stiff back").Best;

        Assert.NotNull(strong);
        Assert.NotNull(weak);
        Assert.True(strong.Value.Score > weak.Value.Score, $"{strong} should outscore {weak}");
    }
}
