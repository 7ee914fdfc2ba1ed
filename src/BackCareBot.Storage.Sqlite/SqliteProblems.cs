using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>What an operator can do something about, in words, for the errors that make a state file unusable.</summary>
internal static class SqliteProblems
{
    private const int Permission = 3;
    private const int Busy = 5;
    private const int ReadOnly = 8;
    private const int IOError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int Authorization = 23;
    private const int NotADatabase = 26;

    public static string Describe(SqliteException exception) => exception.SqliteErrorCode switch
    {
        NotADatabase => "it is not a SQLite database.",
        Corrupt => "it is damaged.",
        CannotOpen => "it cannot be opened or created; check that its folder exists or can be created, and can be written.",
        ReadOnly => "it is read-only.",
        Permission or Authorization => "access to it is denied.",
        Full => "the disk is full.",
        IOError => "reading or writing it failed.",
        Busy => "another process keeps it locked.",
        var code => $"SQLite reported error {code}.",
    };
}
