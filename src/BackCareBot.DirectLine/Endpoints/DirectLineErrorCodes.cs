namespace BackCareBot.DirectLine.Endpoints;

/// <summary><c>error.code</c> values, after the Direct Line service's own where it has one.</summary>
internal static class DirectLineErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string BadSyntax = "BadSyntax";
    public const string MissingProperty = "MissingProperty";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string Unauthorized = "Unauthorized";
    public const string TokenInvalid = "TokenInvalid";
    public const string TokenExpired = "TokenExpired";
    public const string Forbidden = "Forbidden";
    public const string NotFound = "NotFound";
    public const string BotError = "BotError";
    public const string NotImplemented = "NotImplemented";
    public const string TooManyRequests = "TooManyRequests";
    public const string ServiceError = "ServiceError";
}
