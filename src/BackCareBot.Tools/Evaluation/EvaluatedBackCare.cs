using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;

namespace BackCareBot.Evaluation;

/// <summary>Builds the back-care layer from the checkout's content through its own registrations, as the bot does at startup.</summary>
internal static class EvaluatedBackCare
{
    public static BackCareDecider Load(string repositoryRoot) =>
        new ServiceCollection().AddBackCare(RepositoryRoot.Dialogs(repositoryRoot)).BuildServiceProvider().GetRequiredService<BackCareDecider>();
}
