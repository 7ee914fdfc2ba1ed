namespace BackCareBot.BackCare.Knowledge;

// PLACEHOLDER: the knowledge model is being written; see the issue note.
public sealed class KnowledgeBase
{
    public IReadOnlyList<string> AdviceIds { get; } = [];
}
