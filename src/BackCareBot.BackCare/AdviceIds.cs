namespace BackCareBot.BackCare;

/// <summary>
/// The stable advice ids of the design contract. Clients, analytics and transcripts key on them, so an id is never
/// renamed; the knowledge loader refuses a knowledge folder that lacks one of them or adds one not listed here.
/// </summary>
public static class AdviceIds
{
    public const string GluteSelfMassage = "glute-self-massage";
    public const string YogaPoses = "yoga-poses";
    public const string DeskErgonomics = "desk-ergonomics";
    public const string HalfKneelingWindmill = "half-kneeling-windmill";
    public const string HamstringStretch = "hamstring-stretch";
    public const string HipFlexorStretch = "hip-flexor-stretch";
    public const string DeadBug = "dead-bug";
    public const string FoamRoller = "foam-roller";
    public const string MassageBall = "massage-ball";
    public const string StandingDesk = "standing-desk";
    public const string WhySittingHurts = "why-sitting-hurts";

    public static IReadOnlyList<string> All { get; } =
    [
        GluteSelfMassage, YogaPoses, DeskErgonomics, HalfKneelingWindmill, HamstringStretch, HipFlexorStretch,
        DeadBug, FoamRoller, MassageBall, StandingDesk, WhySittingHurts,
    ];
}
