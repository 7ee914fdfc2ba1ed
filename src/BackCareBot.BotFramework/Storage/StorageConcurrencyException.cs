namespace BackCareBot.BotFramework.Storage;

/// <summary>A write named an ETag that is no longer current: someone else wrote the item in between.</summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException()
        : base("The stored item was changed since it was read (ETag mismatch).")
    {
    }

    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
