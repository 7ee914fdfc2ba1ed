namespace BackCareBot.BackCare.Matching;

/// <summary>What a word of a message is, when it is not one of the vocabulary's terms (those have ids from 0 up).</summary>
internal static class TermCodes
{
    /// <summary>Not a word BackCareBot knows: it carries no meaning and separates phrases.</summary>
    public const int Unknown = -1;

    /// <summary>A word skipped inside phrases ("of", "my").</summary>
    public const int Filler = -2;

    /// <summary>A known, correctly spelled word with no topic ("what", "please").</summary>
    public const int Ordinary = -3;

    /// <summary>A sentence or clause mark between two words.</summary>
    public const int Break = -4;
}
