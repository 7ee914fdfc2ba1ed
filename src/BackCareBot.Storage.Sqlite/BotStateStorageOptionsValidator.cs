using Microsoft.Extensions.Options;

namespace BackCareBot.Storage.Sqlite;

internal sealed class BotStateStorageOptionsValidator : IValidateOptions<BotStateStorageOptions>
{
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromSeconds(30);

    public ValidateOptionsResult Validate(string? name, BotStateStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != StateStorageProvider.Sqlite)
        {
            return Enum.IsDefined(options.Provider)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Storage:Provider must be Sqlite or Memory.");
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SqlitePath) || options.SqlitePath.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add("Storage:SqlitePath must be a file path.");
        }

        if (options.SqliteBusyTimeout <= TimeSpan.Zero || options.SqliteBusyTimeout > MaxBusyTimeout)
        {
            failures.Add($"Storage:SqliteBusyTimeout must be more than zero and at most {MaxBusyTimeout.TotalSeconds} s.");
        }

        if (options.Retention < TimeSpan.Zero)
        {
            failures.Add("Storage:Retention must be zero (keep until deleted) or more.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
