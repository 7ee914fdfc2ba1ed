using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine;

internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    public const int MinSigningKeyLength = 32;

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Between(failures, nameof(options.TokenLifetime), options.TokenLifetime, TimeSpan.FromMinutes(1), TimeSpan.FromHours(24));
        Between(failures, nameof(options.StreamUrlLifetime), options.StreamUrlLifetime, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10));
        Between(failures, nameof(options.KeepAliveInterval), options.KeepAliveInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(5));
        Between(failures, nameof(options.ConversationGracePeriod), options.ConversationGracePeriod, TimeSpan.Zero, TimeSpan.FromHours(24));
        Between(failures, nameof(options.SweepInterval), options.SweepInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Between(failures, nameof(options.MaxActivitiesPerConversation), options.MaxActivitiesPerConversation, 10, 100_000);
        Between(failures, nameof(options.MaxConversations), options.MaxConversations, 1, 1_000_000);
        Between(failures, nameof(options.MaxRequestBodyBytes), options.MaxRequestBodyBytes, 1024, 1024 * 1024);
        Between(failures, nameof(options.TokenRequestsPerMinute), options.TokenRequestsPerMinute, 1, 1_000_000);

        // A conversation must hold at least a few of the largest activities a client may send.
        Between(failures, nameof(options.MaxBytesPerConversation), options.MaxBytesPerConversation, 4 * options.MaxRequestBodyBytes, 64 * 1024 * 1024);

        // The whole budget must hold at least a few full conversations, or one busy chat would evict all the others.
        Between(failures, nameof(options.MaxTotalBytes), options.MaxTotalBytes, 4L * options.MaxBytesPerConversation, 64L * 1024 * 1024 * 1024);

        if (!string.IsNullOrEmpty(options.TokenSigningKey) && options.TokenSigningKey.Length < MinSigningKeyLength)
        {
            failures.Add($"{DirectLineOptions.SectionName}:{nameof(options.TokenSigningKey)} must be empty or at least {MinSigningKeyLength} characters.");
        }

        ValidateAzureBotService(failures, options);

        if (string.IsNullOrWhiteSpace(options.BotId) || options.BotId.Length > 100)
        {
            failures.Add($"{DirectLineOptions.SectionName}:{nameof(options.BotId)} must be 1 to 100 characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAzureBotService(List<string> failures, DirectLineOptions options)
    {
        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{DirectLineOptions.SectionName}:{nameof(options.Mode)} must be BuiltIn or AzureBotService.");
            return;
        }

        if (options.Mode != DirectLineMode.AzureBotService)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.Secret))
        {
            failures.Add($"{DirectLineOptions.SectionName}:{nameof(options.Secret)} is required when {DirectLineOptions.SectionName}:Mode is AzureBotService (the Direct Line channel's secret key, from app settings or Key Vault).");
        }

        // The secret travels in this request: https only. Plain http is allowed on loopback alone, where it never
        // leaves the machine (a local stand-in of the token service).
        var url = options.AzureBaseUrl;
        var isHttps = url is { IsAbsoluteUri: true } && url.Scheme == Uri.UriSchemeHttps;
        var isLoopbackHttp = url is { IsAbsoluteUri: true } && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback;
        if (!(isHttps || isLoopbackHttp) || !string.IsNullOrEmpty(url!.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            failures.Add($"{DirectLineOptions.SectionName}:{nameof(options.AzureBaseUrl)} must be an absolute https:// URL without query or credentials, such as https://directline.botframework.com/.");
        }
    }

    private static void Between<T>(List<string> failures, string key, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{DirectLineOptions.SectionName}:{key} must be between {min} and {max}.");
        }
    }
}
