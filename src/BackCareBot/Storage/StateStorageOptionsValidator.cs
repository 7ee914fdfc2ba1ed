using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;
using Microsoft.Extensions.Options;

namespace BackCareBot.Storage;

/// <summary>Checks the <c>Storage</c> section when the host starts: the provider, the retention, and the chosen store's keys.</summary>
internal sealed class StateStorageOptionsValidator : IValidateOptions<StateStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StateStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Retention < TimeSpan.Zero)
        {
            failures.Add("Storage:Retention must be zero (keep until deleted) or more.");
        }

        switch (options.Provider)
        {
            case StateStorageProvider.Sqlite:
                ValidateSqlite(options, failures);
                break;
            case StateStorageProvider.AzureBlob:
                var blob = new AzureBlobStorageOptionsValidator().Validate(name, options.AzureBlob);
                failures.AddRange(blob.Failed ? blob.Failures : []);
                break;
            case StateStorageProvider.Memory:
                break;
            default:
                failures.Add("Storage:Provider must be Sqlite, Memory or AzureBlob.");
                break;
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateSqlite(StateStorageOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.SqlitePath) || options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add("Storage:SqlitePath must be a file path.");
        }

        if (options.SqliteBusyTimeout <= TimeSpan.Zero || options.SqliteBusyTimeout > SqliteStorage.MaxBusyTimeout)
        {
            failures.Add($"Storage:SqliteBusyTimeout must be more than zero and at most {SqliteStorage.MaxBusyTimeout.TotalSeconds} s.");
        }
    }
}
