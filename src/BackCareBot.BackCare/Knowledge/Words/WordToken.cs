namespace BackCareBot.BackCare.Knowledge.Words;

/// <summary>A word in a text, by position, so reading a message does not allocate a string per word.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="FollowsBreak">
/// A sentence or clause mark (<c>. , ? ! ; :</c>) stands between this word and the previous one, so they must not be
/// read as one phrase ("my back, thighs" is not "back of my thighs").
/// </param>
internal readonly record struct WordToken(int Start, int Length, bool FollowsBreak);
