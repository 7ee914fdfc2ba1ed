using System.Globalization;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// What counts as part of a word everywhere a message is split: letters, digits and combining marks. Scripts such as
/// Devanagari write vowels and the virama as combining marks ("दर्द", pain), so a word that dropped them would fall
/// apart into letters no rule or glossary entry names.
/// </summary>
internal static class WordCharacters
{
    public static bool IsLetterDigitOrMark(char c) => char.IsLetterOrDigit(c) || IsCombiningMark(c);

    public static bool IsCombiningMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
