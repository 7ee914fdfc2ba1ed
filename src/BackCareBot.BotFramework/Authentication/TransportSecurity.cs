namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// Keys and tokens must not travel in clear text: https everywhere, except loopback, where nothing crosses a
/// network (local test identity providers).
/// </summary>
internal static class TransportSecurity
{
    public static bool IsHttpsOrLoopback(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
