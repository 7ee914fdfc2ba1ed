using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// Lays out the replies that are worth a card: advice with its picture (a person copies a movement from a picture
/// more safely than from a paragraph), and the emergency and crisis replies, which must stand out and let the person
/// call with one tap.
/// </summary>
internal sealed class ReplyCards(AdvicePictures pictures, ReplyWording wording)
{
    /// <summary>The advice under a heading with its picture; null for advice without one (an explanation), which stays words.</summary>
    public ReplyCard? Advice(AdviceEntry entry, string heading, params IEnumerable<string?> paragraphs) =>
        pictures.Find(entry.Id) is { } picture ? new ReplyCard(heading, picture, TextParts.Present(paragraphs), []) : null;

    /// <summary>An emergency reply: its first paragraph (where to go, now) is the heading; the buttons call the emergency number.</summary>
    public static ReplyCard Emergency(string text)
    {
        var paragraphs = TextParts.Split(text);
        return new ReplyCard(paragraphs[0], null, paragraphs[1..], [HelpCall.Emergency]);
    }

    /// <summary>The crisis reply: a heading of its own, the words, and buttons for the crisis line and the emergency number.</summary>
    public ReplyCard HelpWhereYouAre(string text) =>
        new(wording.Cards.HelpHeading, null, TextParts.Split(text), [HelpCall.CrisisLines, HelpCall.Emergency]);

    public ReplyCard Crisis(string text) =>
        new(wording.Cards.CrisisHeading, null, TextParts.Split(text), [HelpCall.CrisisLines, HelpCall.Emergency]);
}
