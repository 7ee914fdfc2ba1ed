namespace BackCareBot.BackCare;

/// <summary>Where the back-care layer reads its content, and how its pictures are addressed.</summary>
/// <param name="DialogsFolder">The <c>dialogs</c> folder: <c>knowledge/</c>, <c>rules/</c>, <c>illustrations/</c>.</param>
/// <param name="PicturesBaseUrl">The bot's public address for absolute picture URLs; null for root-relative ones.</param>
public sealed record BackCareContent(string DialogsFolder, Uri? PicturesBaseUrl = null)
{
    public string KnowledgeFolder => Path.Combine(DialogsFolder, "knowledge");

    public string RulesFolder => Path.Combine(DialogsFolder, "rules");

    public string IllustrationsFolder => Path.Combine(DialogsFolder, "illustrations");
}
