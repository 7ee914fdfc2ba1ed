using System.Text;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// A short message reduced to compare with known phrases: lower case, letters and digits only, single spaces, texting
/// shorthand spelled out ("who r u" reads "who are you"), with politeness around it dropped ("OK, next please!" reads
/// "next"). Button labels and the phrase lists come back this way too, so both sides are compared alike.
/// </summary>
public static class PhraseKey
{
    private static readonly string[] Openers = ["ok ", "okay ", "please ", "and ", "so ", "um ", "hmm "];
    private static readonly string[] Closers = [" please", " thanks", " thank you", " then"];

    /// <summary>
    /// Texting shorthand that stands for one plain word or phrase whatever the message is about. "y" (why or yes), "ya"
    /// (you or yes), "r" (are or right, as in "R leg") and "w" (with or weeks) are not here: they mean different things
    /// in different places, and a screening answer is read with this key.
    /// </summary>
    private static readonly Dictionary<string, string> Shorthand = new(StringComparer.Ordinal)
    {
        ["u"] = "you", ["yu"] = "you", ["ur"] = "your", ["pls"] = "please", ["plz"] = "please",
        ["plss"] = "please", ["thx"] = "thanks", ["thnx"] = "thanks", ["thanx"] = "thanks", ["tnx"] = "thanks", ["thks"] = "thanks",
        ["tks"] = "thanks", ["tysm"] = "thank you so much", ["wat"] = "what", ["wot"] = "what", ["abt"] = "about", ["bc"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["bcoz"] = "because", ["idk"] = "i dont know", ["dunno"] = "dont know",
        ["rn"] = "right now", ["b4"] = "before", ["tmrw"] = "tomorrow", ["tmr"] = "tomorrow", ["tmw"] = "tomorrow",
        ["2moro"] = "tomorrow", ["2morrow"] = "tomorrow", ["tomoz"] = "tomorrow", ["2day"] = "today", ["sry"] = "sorry",
        ["soz"] = "sorry", ["srry"] = "sorry", ["okie"] = "ok", ["oki"] = "ok", ["okey"] = "ok", ["okok"] = "ok", ["kk"] = "ok",
        ["gonna"] = "going to", ["wanna"] = "want to", ["gotta"] = "got to", ["hv"] = "have", ["wid"] = "with",
        ["cannot"] = "cant", ["ppl"] = "people", ["smth"] = "something", ["sth"] = "something", ["nvm"] = "never mind", ["cya"] = "see you",
    };

    public static string Of(string? text) => StripPoliteness(Words(text));

    /// <summary>
    /// The message's words as <see cref="Of"/> compares them, with the politeness kept: a phrase such as "great
    /// thanks" keeps its "thanks" when it is looked for inside a longer message.
    /// </summary>
    public static string Words(string? text)
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

        return SpellOut(key.ToString().TrimEnd());
    }

    private static string SpellOut(string key)
    {
        if (key.Length == 0)
        {
            return key;
        }

        var words = key.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            if (Shorthand.TryGetValue(words[i], out var plain))
            {
                words[i] = plain;
                changed = true;
            }
        }

        return changed ? string.Join(' ', words) : key;
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
