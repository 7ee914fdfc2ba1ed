namespace BackCareBot.BotFramework.Schema;

/// <summary>MIME types of <c>attachment.contentType</c> for cards and embedded activities.</summary>
public static class ContentTypes
{
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string AnimationCard = "application/vnd.microsoft.card.animation";
    public const string AudioCard = "application/vnd.microsoft.card.audio";
    public const string VideoCard = "application/vnd.microsoft.card.video";
    public const string ReceiptCard = "application/vnd.microsoft.card.receipt";
    public const string SigninCard = "application/vnd.microsoft.card.signin";
    public const string OAuthCard = "application/vnd.microsoft.card.oauth";
    public const string TeamsListCard = "application/vnd.microsoft.teams.card.list";
    public const string Activity = "application/vnd.microsoft.activity";
    public const string Html = "text/html";
    public const string Markdown = "text/markdown";
    public const string Plain = "text/plain";
}
