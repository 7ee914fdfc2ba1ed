namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// The state database file cannot be used: it is not a SQLite database, it is damaged, it was written by a newer
/// BackCareBot, or it cannot be opened or created. The message names the file and what to do; it never holds stored
/// content.
/// </summary>
public sealed class StateDatabaseException : Exception
{
    public StateDatabaseException()
        : base("The conversation state database cannot be used.")
    {
    }

    public StateDatabaseException(string message)
        : base(message)
    {
    }

    public StateDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static StateDatabaseException For(string path, string problem, Exception? innerException = null)
    {
        var message = $"The conversation state database '{path}' cannot be used: {problem} "
            + "Restore it from a backup, move it aside to start with empty state, or set Storage:SqlitePath to another file.";
        return innerException is null ? new(message) : new(message, innerException);
    }
}
