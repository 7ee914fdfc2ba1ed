using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.Benchmarks;

/// <summary>Builds the understanding step through the back-care layer's own registrations, from the content copied beside the benchmark binary.</summary>
internal static class UnderstandingFactory
{
    public static BackCareUnderstanding Create() => Services().GetRequiredService<BackCareUnderstanding>();

    public static BackCareDecider CreateDecider() => Services().GetRequiredService<BackCareDecider>();

    private static ServiceProvider Services() =>
        new ServiceCollection()
            .AddBackCare(Path.Combine(AppContext.BaseDirectory, "dialogs"))
            .BuildServiceProvider();
}
