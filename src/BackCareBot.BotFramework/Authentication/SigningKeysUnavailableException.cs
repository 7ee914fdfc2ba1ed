namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// The OpenID metadata or signing keys needed to check inbound tokens could not be fetched and none are cached.
/// The request may well be genuine, so this is an infrastructure failure (answer 5xx), not an authentication one.
/// </summary>
public sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException()
    {
    }

    public SigningKeysUnavailableException(string message)
        : base(message)
    {
    }

    public SigningKeysUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
