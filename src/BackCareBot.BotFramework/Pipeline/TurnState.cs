using System.Diagnostics.CodeAnalysis;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>A small bag of values for one turn, keyed by name or by type.</summary>
public sealed class TurnState
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public bool TryGet<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_values.TryGetValue(key, out var found) && found is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    public T? Get<T>(string key)
        where T : class => TryGet<T>(key, out var value) ? value : null;

    public T? Get<T>()
        where T : class => Get<T>(KeyOf<T>());

    public void Set<T>(string key, T value)
        where T : notnull => _values[key] = value;

    public void Set<T>(T value)
        where T : notnull => Set(KeyOf<T>(), value);

    public bool Remove(string key) => _values.Remove(key);

    private static string KeyOf<T>() => TypeKey<T>.Value;

    /// <summary>The key of a type, worked out once rather than on every turn.</summary>
    private static class TypeKey<T>
    {
        public static readonly string Value = typeof(T).FullName ?? typeof(T).Name;
    }
}
