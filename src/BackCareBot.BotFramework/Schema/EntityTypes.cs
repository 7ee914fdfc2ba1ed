namespace BackCareBot.BotFramework.Schema;

/// <summary>Well-known <c>entity.type</c> values. Mentions are compared case-insensitively (Teams sends <c>mention</c>, the spec says <c>Mention</c>).</summary>
public static class EntityTypes
{
    public const string Mention = "mention";
    public const string ClientInfo = "clientInfo";
    public const string ClientCapabilities = "ClientCapabilities";
    public const string GeoCoordinates = "GeoCoordinates";
    public const string Place = "Place";
}
