using BackCareBot.BackCare.Illustrations;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// A reply laid out as a card: a heading, the advice's picture, the paragraphs, and for an emergency or a crisis the
/// numbers to tap. Channel-neutral; <see cref="Channels.AdaptiveCardWriter"/> writes it as an Adaptive Card.
/// </summary>
/// <param name="Heading">The first line, larger; in the attention colour when the card has <see cref="Calls"/>.</param>
/// <param name="Picture">The advice's picture, shown under the heading; null for none.</param>
/// <param name="Paragraphs">What follows, markdown as in <see cref="BotReply.Text"/>, placeholders included.</param>
/// <param name="Calls">Whom the card's buttons call, in order; none for advice.</param>
public sealed record ReplyCard(string Heading, AdvicePicture? Picture, IReadOnlyList<string> Paragraphs, IReadOnlyList<HelpCall> Calls)
{
    /// <summary>An emergency or crisis card: it stands out, and its buttons call for help.</summary>
    public bool IsAlert => Calls.Count > 0;
}
