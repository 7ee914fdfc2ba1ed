namespace BackCareBot.BackCare.Text;

/// <summary>A bare yes or no, the whole message; "no, it's dull" is read by the pain-fact extractor instead.</summary>
public static class YesNoReader
{
    private static readonly HashSet<string> Yes =
        ["yes", "y", "yeah", "yea", "yep", "yup", "sure", "correct", "it is", "yes it is", "definitely", "i think so", "yes i think so"];

    private static readonly HashSet<string> No =
        ["no", "n", "nope", "nah", "not really", "it isnt", "no it isnt", "no its not", "its not", "not at all", "i dont think so"];

    public static YesNo Read(string key) => Yes.Contains(key) ? YesNo.Yes : No.Contains(key) ? YesNo.No : YesNo.Neither;
}
