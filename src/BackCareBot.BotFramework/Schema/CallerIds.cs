namespace BackCareBot.BotFramework.Schema;

/// <summary>Values the bot sets in <c>activity.callerId</c> after authenticating the request; never read from the wire.</summary>
public static class CallerIds
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
