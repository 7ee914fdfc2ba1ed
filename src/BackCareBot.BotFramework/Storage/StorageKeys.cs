namespace BackCareBot.BotFramework.Storage;

internal static class StorageKeys
{
    public static void Validate(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("Storage keys must not be null or empty.", nameof(keys));
            }
        }
    }
}
