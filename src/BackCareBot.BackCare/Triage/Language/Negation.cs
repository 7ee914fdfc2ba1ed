namespace BackCareBot.BackCare.Triage.Language;

/// <summary>
/// Decides whether a phrase found in a message is negated ("no numbness", "my legs aren't numb", "I don't have any
/// bladder problems"). A negator reaches forward a few words within its scope; scopes end at commas, contrast and
/// joining words, so "no fever but a sharp pain" keeps the sharp pain. When unsure the phrase counts as said:
/// a missed warning sign is worse than an extra question.
/// </summary>
internal static class Negation
{
    /// <summary>How many words before a phrase a negator may stand: "I don't have any [numbness]".</summary>
    public const int Window = 8;

    /// <summary>
    /// Crisis language is negated only by a negator close before it ("I don't want to die"): in "if this pain doesn't
    /// go away I'm going to end it" the negator belongs to the pain. A caring reply to a figure of speech costs little;
    /// a missed crisis costs a life.
    /// </summary>
    public const int CrisisWindow = 3;

    /// <param name="tokens">The message.</param>
    /// <param name="positions">The positions of the phrase's words, in order.</param>
    /// <param name="window">How many words before the phrase a negator may stand.</param>
    public static bool IsNegated(ReadOnlySpan<Token> tokens, ReadOnlySpan<int> positions, int window = Window)
    {
        var start = positions[0];
        var scope = tokens[start].Scope;
        // "if this pain doesn't stop I don't want to be here": a phrase that opens with its own negator says what it
        // says; a negator before it belongs to something else.
        var opensWithNegator = IsActiveNegator(tokens, start);
        for (var p = start - 1; !opensWithNegator && p >= 0 && p >= start - window && tokens[p].Scope == scope; p--)
        {
            if (tokens[p].Has(WordFlags.NegationBreak))
            {
                break;
            }

            if (IsActiveNegator(tokens, p))
            {
                return true;
            }
        }

        for (var k = 1; k < positions.Length; k++)
        {
            for (var p = positions[k - 1] + 1; p < positions[k]; p++)
            {
                if (IsActiveNegator(tokens, p))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public static bool IsActiveNegator(ReadOnlySpan<Token> tokens, int p)
    {
        var token = tokens[p];
        if (!token.Has(WordFlags.Negator))
        {
            return false;
        }

        var hasNext = p + 1 < tokens.Length && tokens[p + 1].Scope == token.Scope;
        if (hasNext && tokens[p + 1].Has(WordFlags.NegationHedge))
        {
            return false;
        }

        if (hasNext && tokens[p + 1].Has(WordFlags.HedgeIntensifier) && p + 2 < tokens.Length
            && tokens[p + 2].Scope == token.Scope && tokens[p + 2].Has(WordFlags.NegationHedge))
        {
            return false;
        }

        if (token.Has(WordFlags.AnswerWord))
        {
            var opensScope = p == 0 || tokens[p - 1].Scope != token.Scope;
            if (opensScope && (!hasNext || tokens[p + 1].Has(WordFlags.AnswerFollower)))
            {
                return false;
            }
        }

        if (token.Has(WordFlags.Without))
        {
            for (var q = p - 1; q >= 0 && tokens[q].Segment == token.Segment; q--)
            {
                if (tokens[q].Has(WordFlags.Inability))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
