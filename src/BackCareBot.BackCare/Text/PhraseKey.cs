using System.Text;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// A short message reduced to compare with known phrases: lower case, letters and digits only, single spaces, with
/// politeness around it dropped ("OK, next please!" reads "next"). Button labels come back this way too.
/// </summary>
public static class PhraseKey
{
    private static readonly string[] Openers = ["ok ", "okay ", "please ", "and ", "so ", "um ", "hmm "];
    private static readonly string[] Closers = [" please", " thanks", " thank you", " then"];

    public static string Of(string? text)
    {
        var normalized = MessageNormalizer.Normalize(text).Text;
        var key = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (WordCharacters.IsLetterDigitOrMark(c))
            {
                key.Append(c);
            }
            else if (c is not '\'' and not '\u2019' && key.Length > 0 && key[^1] != ' ')
            {
                key.Append(' ');
            }
        }

        return StripPoliteness(key.ToString().TrimEnd());
    }

    private static string StripPoliteness(string key)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var opener in Openers)
            {
                if (key.Length > opener.Length && key.StartsWith(opener, StringComparison.Ordinal))
                {
                    key = key[opener.Length..];
                    changed = true;
                }
            }

            foreach (var closer in Closers)
            {
                if (key.Length > closer.Length && key.EndsWith(closer, StringComparison.Ordinal))
                {
                    key = key[..^closer.Length];
                    changed = true;
                }
            }
        }

        return key;
    }
}
