namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>Where a phrase was found: its first and last word, and whether it was negated.</summary>
internal readonly record struct PhraseMatch(PhrasePattern Pattern, int First, int Last, bool Negated);
