using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Matching;

// PLACEHOLDER: the matcher is being written; see the issue note.
public sealed class AdviceMatcher(KnowledgeBase knowledge)
{
    public AdviceMatch Match(NormalizedMessage message) =>
        throw new NotImplementedException(knowledge.ToString() + message);
}
