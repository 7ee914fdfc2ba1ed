using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Triage;

// PLACEHOLDER: the extractor is being written; see the issue note.
public sealed class PainFactExtractor
{
    public PainFacts Extract(NormalizedMessage message, DateTimeOffset messageTime) =>
        throw new NotImplementedException(message.Text + messageTime);
}
