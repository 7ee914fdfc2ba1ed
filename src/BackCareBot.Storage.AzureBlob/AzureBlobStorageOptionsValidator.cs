using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackCareBot.Storage.AzureBlob;

/// <summary>Checks the <c>Storage:AzureBlob</c> section when the host starts, naming each key that is wrong.</summary>
public sealed partial class AzureBlobStorageOptionsValidator : IValidateOptions<AzureBlobStorageOptions>
{
    public static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromSeconds(30);

    public ValidateOptionsResult Validate(string? name, AzureBlobStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        if (hasConnectionString == (options.ServiceUri is not null))
        {
            failures.Add("Storage:AzureBlob needs exactly one of ConnectionString (Azurite or an account key) and ServiceUri (managed identity).");
        }

        if (options.ServiceUri is { } uri && (!uri.IsAbsoluteUri || uri.Scheme != Uri.UriSchemeHttps) && !IsLoopback(uri))
        {
            // A token sent over plain HTTP could be read on the way; Azurite on loopback is the one exception.
            failures.Add("Storage:AzureBlob:ServiceUri must be an https:// address (http:// only on loopback, for Azurite).");
        }

        if (!ContainerNamePattern().IsMatch(options.ContainerName ?? string.Empty) || options.ContainerName!.Contains("--", StringComparison.Ordinal))
        {
            failures.Add("Storage:AzureBlob:ContainerName must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > MaxRequestTimeout)
        {
            failures.Add($"Storage:AzureBlob:RequestTimeout must be more than zero and at most {MaxRequestTimeout.TotalSeconds} s.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(Uri uri) => uri.IsAbsoluteUri && uri.IsLoopback;

    // The service's rule for container names.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerNamePattern();
}
