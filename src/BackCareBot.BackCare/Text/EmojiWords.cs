using System.Collections.Frozen;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// The emoji people use in place of a word when they describe their body ("my 🍑 is numb", "🤒 39.2"). Each is read
/// as the word it stands for, so the rules see the words; every other emoji stays a space, as before. Only emoji
/// whose meaning in a message about a back is plain belong here: a missed "🍑" is a missed emergency.
/// </summary>
internal static class EmojiWords
{
    private static readonly FrozenDictionary<int, string> Words = new Dictionary<int, string>
    {
        [0x1F351] = "bum",        // 🍑 peach
        [0x1F912] = "fever",      // 🤒 face with thermometer
        [0x1F321] = "thermometer", // 🌡 thermometer
        [0x1F915] = "hurt",       // 🤕 face with head bandage
        [0x1F9B5] = "leg",        // 🦵 leg
        [0x1F9B6] = "foot",       // 🦶 foot
        [0x1FA78] = "blood",      // 🩸 drop of blood
        [0x1F930] = "pregnant",   // 🤰 pregnant woman
        [0x1FAC4] = "pregnant",   // 🫄 pregnant person
        [0x1F6BD] = "toilet",     // 🚽 toilet
        [0x1F4A9] = "poo",        // 💩 pile of poo
        [0x1F4A6] = "wet",        // 💦 sweat droplets
        [0x1F48A] = "pills",      // 💊 pill
        [0x1F52A] = "knife",      // 🔪 kitchen knife
        [0x26A1] = "electric",    // ⚡ high voltage
        [0x1F691] = "ambulance",  // 🚑 ambulance
        [0x1F697] = "car",        // 🚗 automobile
        [0x1F4A5] = "crash",      // 💥 collision
        [0x1F976] = "shivering",  // 🥶 cold face
        [0x1F975] = "hot",        // 🥵 hot face
        [0x1FAC1] = "lungs",      // 🫁 lungs
        [0x1FAC0] = "heart",      // 🫀 anatomical heart
        [0x1F44D] = "ok",         // 👍 thumbs up
        [0x1F44C] = "ok",         // 👌 OK hand
        [0x1F64F] = "thanks",     // 🙏 folded hands
        [0x1F9D8] = "yoga",       // 🧘 person in lotus position
        // Laughter: "with coffee 🙃" after "I wet myself" laughs it off, as "lol" would (rules/context.yaml, laughs-off).
        [0x1F602] = "lol",        // 😂 face with tears of joy
        [0x1F923] = "lol",        // 🤣 rolling on the floor laughing
        [0x1F643] = "lol",        // 🙃 upside-down face
    }.ToFrozenDictionary();

    /// <summary>The word an emoji stands for, or null; <paramref name="width"/> is how many chars it takes (1 or 2).</summary>
    public static string? At(ReadOnlySpan<char> text, int index, out int width)
    {
        width = 1;
        var c = text[index];
        int codePoint = c;
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            width = 2;
        }
        else if (c < 0x2000)
        {
            return null;
        }

        return Words.GetValueOrDefault(codePoint);
    }
}
