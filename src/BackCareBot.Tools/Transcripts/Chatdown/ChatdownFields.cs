using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>The commands that dress the current message: attachments, their layout, suggested actions and cards.</summary>
internal static class ChatdownFields
{
    private static readonly Dictionary<string, string?> CardContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["heroCard"] = ContentTypes.HeroCard,
        ["thumbnailCard"] = ContentTypes.ThumbnailCard,
        ["animationCard"] = ContentTypes.AnimationCard,
        ["mediaCard"] = ChatdownContentTypes.MediaCard,
        ["audioCard"] = ContentTypes.AudioCard,
        ["videoCard"] = ContentTypes.VideoCard,
        ["signinCard"] = ContentTypes.SigninCard,
        ["oauthCard"] = ContentTypes.OAuthCard,

        // Chatdown recognises [ReceiptCard] and writes nothing for it.
        ["receiptCard"] = null,
    };

    public static void Apply(ChatdownDocument document, ChatdownMessage message, ChatdownTag tag, (int, int) location)
    {
        if (tag.Is("attachment"))
        {
            message.Attachments.Add(ChatdownAttachments.Read(document, Required(document, tag, location), location));
        }
        else if (tag.Is("attachmentLayout"))
        {
            message.AttachmentLayout = Required(document, tag, location).Trim().ToUpperInvariant() switch
            {
                "CAROUSEL" => AttachmentLayoutTypes.Carousel,
                "LIST" => AttachmentLayoutTypes.List,
                _ => throw document.Problem(location, "[AttachmentLayout=...] is carousel or list"),
            };
        }
        else if (tag.Is("suggestions"))
        {
            message.SuggestedActions = new SuggestedActions
            {
                Actions = [.. Required(document, tag, location).Split('|').Select(label => CardAction.ImBack(label.Trim()))],
            };
        }
        else if (CardContentTypes.TryGetValue(tag.Name, out var contentType) && contentType is not null)
        {
            message.Attachments.Add(ChatdownCards.Read(document, contentType, tag.Value ?? string.Empty, location));
        }
    }

    private static string Required(ChatdownDocument document, ChatdownTag tag, (int, int) location) =>
        tag.Value ?? throw document.Problem(location, $"[{tag.Name}=...] needs a value");
}
