using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework;

internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public const int MinBodyBytes = 1024;
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes is < MinBodyBytes or > MaxBodyBytes)
        {
            failures.Add($"BotFramework:MaxRequestBodyBytes must be between {MinBodyBytes} and {MaxBodyBytes}.");
        }

        foreach (var url in options.AllowedServiceUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.Query)
                || !string.IsNullOrEmpty(uri.Fragment))
            {
                failures.Add($"BotFramework:AllowedServiceUrls has '{url}', which is not an absolute http(s) URL without query or fragment.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
