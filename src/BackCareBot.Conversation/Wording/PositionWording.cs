namespace BackCareBot.Conversation.Wording;

/// <summary>
/// What the bot says when a position is ruled out ("no kneeling", "can't get on the floor"): {title} is the move,
/// {position} the position's name in a sentence ("without {position}").
/// </summary>
public sealed class PositionWording
{
    /// <summary>Each position (<see cref="BackCare.Knowledge.Positions"/>) as it reads in a sentence: "getting down on the floor".</summary>
    public Dictionary<string, string> Names { get; init; } = [];

    /// <summary>The move on screen needs none of the positions ruled out.</summary>
    public string Fits { get; init; } = "";

    /// <summary>The move needs a position ruled out, and has no version without it.</summary>
    public string NoVersion { get; init; } = "";

    /// <summary>
    /// The article's moves that suit someone who can't take a position, for positions whose list differs from the
    /// no-kneeling one (<c>talk.easier</c>): without the floor, the dead bug and the yoga poses are out too.
    /// </summary>
    public Dictionary<string, string> Moves { get; init; } = [];

    /// <summary>Before the version without the position, in the routine, where the heading named the article's move.</summary>
    public string VersionLead { get; init; } = "";
}
