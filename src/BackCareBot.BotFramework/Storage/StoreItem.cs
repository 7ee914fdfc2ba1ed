using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Storage;

/// <summary>A stored JSON document and the ETag of the version it is (or, when writing, the version it replaces).</summary>
public sealed record StoreItem(JsonElement Document, string? ETag = null)
{
    /// <summary>The ETag that makes a write unconditional.</summary>
    public const string AnyETag = "*";

    /// <summary>
    /// The ETag of "nothing stored yet": the write creates the item and fails if another writer created it first,
    /// so two first turns of one conversation cannot overwrite each other.
    /// </summary>
    public const string NotStoredETag = "";

    public static StoreItem From<T>(T value, string? eTag = null, JsonSerializerOptions? options = null) =>
        new(JsonSerializer.SerializeToElement(value, options ?? BotJson.Options), eTag);

    public T? As<T>(JsonSerializerOptions? options = null) => Document.Deserialize<T>(options ?? BotJson.Options);

    internal bool IsUnconditional => ETag is null or AnyETag;

    internal bool IsCreateOnly => ETag is NotStoredETag;
}
