namespace BackCareBot.BackCare.Triage.Rules;

/// <param name="Language">The section of glossary.yaml it stands in, for the reviewer.</param>
/// <param name="Words">One to six words as people type them, accents optional.</param>
/// <param name="English">What the rules and the knowledge read instead.</param>
public sealed record GlossaryEntry(string Language, string Words, string English);
