namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>Counts sentences well enough to keep answers short: a sentence ends at '.', '!' or '?' before a space or the end.</summary>
internal static class Sentences
{
    public static int Count(string text)
    {
        var count = 0;
        var inSentence = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                var next = i + 1 < text.Length ? text[i + 1] : ' ';
                if (inSentence && (char.IsWhiteSpace(next) || next is '"' or '\'' or ')'))
                {
                    count++;
                    inSentence = false;
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                inSentence = true;
            }
        }

        return inSentence ? count + 1 : count;
    }
}
