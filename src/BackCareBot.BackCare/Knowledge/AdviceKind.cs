namespace BackCareBot.BackCare.Knowledge;

/// <summary>What sort of advice an entry is; exercises are the ones that need hold times and frequencies.</summary>
public enum AdviceKind
{
    /// <summary>Something you do with your body: a stretch, a massage, a strengthening move.</summary>
    Exercise,

    /// <summary>A change to how you work: the desk, the chair, standing.</summary>
    Setup,

    /// <summary>Background that explains the problem rather than telling you what to do.</summary>
    Explanation,
}
