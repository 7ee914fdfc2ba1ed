namespace BackCareBot.BotFramework.Messaging;

/// <summary><c>error.code</c> values in ErrorResponse bodies, after the Bot Connector service's own.</summary>
public static class ErrorCodes
{
    public const string BadSyntax = "BadSyntax";
    public const string BadArgument = "BadArgument";
    public const string MissingProperty = "MissingProperty";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string Unauthorized = "Unauthorized";
    public const string ServiceUrlNotAllowed = "ServiceUrlNotAllowed";
    public const string ServiceUnavailable = "ServiceUnavailable";
}
