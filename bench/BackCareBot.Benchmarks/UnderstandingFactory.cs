using BackCareBot.BackCare;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.Benchmarks;

/// <summary>Builds the understanding step through the back-care layer's own registrations, from the content copied beside the benchmark binary.</summary>
internal static class UnderstandingFactory
{
    public static BackCareUnderstanding Create() =>
        new ServiceCollection()
            .AddBackCare(Path.Combine(AppContext.BaseDirectory, "dialogs"))
            .BuildServiceProvider()
            .GetRequiredService<BackCareUnderstanding>();
}
