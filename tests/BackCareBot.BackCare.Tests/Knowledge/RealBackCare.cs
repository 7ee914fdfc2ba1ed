using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>
/// The back-care layer over the repository's <c>dialogs</c>, built once for the test run through its own
/// registrations (<c>AddBackCare</c>), as the bot builds it: everything in it is immutable and thread-safe, and the
/// pain-fact extractor takes about half a second to build.
/// </summary>
internal static class RealBackCare
{
    private static readonly Lazy<ServiceProvider> Loaded = new(() => new ServiceCollection().AddBackCare(RepositoryFolders.Dialogs).BuildServiceProvider());

    public static T Get<T>()
        where T : notnull => Loaded.Value.GetRequiredService<T>();
}
