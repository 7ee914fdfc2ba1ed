namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// One rule of <c>dialogs/rules/</c>: the phrases that say a thing, in the notation of <c>dialogs/rules/README.md</c>,
/// with the messages that must say it (<see cref="Examples"/>) and the ones that must not (<see cref="CounterExamples"/>).
/// The examples are not read by the bot; one test runs them all against the rule.
/// </summary>
/// <param name="Name">The rule's name within its file ("pain", "sharp", "saddle-numbness").</param>
/// <param name="File">The file it was read from, for problems and failing examples.</param>
/// <param name="Unless">
/// Phrases that cancel the rule in the clause where they stand: the same words used for something other than the
/// body ("a sharp suit", "this deadline is killing me").
/// </param>
public sealed record PhraseRule(
    string Name,
    string File,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> CounterExamples,
    IReadOnlyList<string> Unless);
