namespace BackCareBot.Hosting;

/// <summary>Where BackCareBot finds its content (section <c>BackCare</c>).</summary>
public sealed class BackCareOptions
{
    public const string SectionName = "BackCare";

    /// <summary>
    /// The <c>dialogs</c> folder: knowledge, reply wording. Defaults to the copy built beside the app, so
    /// <c>dotnet run</c> and a published app both find it; set it to edit content without rebuilding.
    /// </summary>
    public string DialogsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "dialogs");
}
