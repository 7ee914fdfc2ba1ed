using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// One open connection to the state file, configured once when it opens and kept open, with its statements prepared
/// on first use and kept. A turn's read or write is then one prepared statement: no PRAGMA, no SQL to parse, no
/// BEGIN and COMMIT of its own. A connection is used by one caller at a time.
/// </summary>
internal sealed class StateConnection : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _insertNew;
    private readonly SqliteCommand _compareAndSwap;
    private readonly SqliteCommand _delete;

    private StateConnection(SqliteConnection connection)
    {
        _connection = connection;
        _select = Command(StateTable.Select, "@key");
        _upsert = Command(StateTable.Upsert, WriteParameters);
        _insertNew = Command(StateTable.InsertNew, WriteParameters);
        _compareAndSwap = Command(StateTable.CompareAndSwap, [.. WriteParameters, "@expectedETag"]);
        _delete = Command(StateTable.Delete, "@key");
    }

    private static string[] WriteParameters => ["@key", "@document", "@etag", "@updatedAt"];

    /// <summary>Opens a connection and runs <paramref name="pragmas"/>, the settings SQLite keeps per connection.</summary>
    public static StateConnection Open(string connectionString, string pragmas)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var configure = connection.CreateCommand();
            configure.CommandText = pragmas;
            configure.ExecuteNonQuery();
            return new StateConnection(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public object? ExecuteScalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Runs <c>PRAGMA wal_checkpoint(mode)</c>; true when the whole log is now in the file.</summary>
    public bool Checkpoint(string mode)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var result = command.ExecuteReader();

        // One row: 1 if the checkpoint was blocked, the pages in the log, and how many of them are in the file now.
        return result.Read() && result.GetInt64(0) == 0 && result.GetInt64(1) == result.GetInt64(2);
    }

    public Dictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 1)
        {
            ReadInto(found, keys.First());
            return found;
        }

        // One snapshot for all the keys: never half of a multi-key write that commits meanwhile.
        using var transaction = _connection.BeginTransaction(deferred: true);
        _select.Transaction = transaction;
        try
        {
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                ReadInto(found, key);
            }
        }
        finally
        {
            _select.Transaction = null;
        }

        return found;
    }

    /// <summary>
    /// Stores every row or none; false when a row's ETag condition fails. One row is one statement, atomic by itself:
    /// SQLite takes the write lock before the statement reads, so no other writer comes between its ETag check and
    /// its update. Several rows share one <c>BEGIN IMMEDIATE</c> transaction, which leaving early rolls back.
    /// </summary>
    public bool Write(IReadOnlyList<StateWrite> rows, string updatedAt)
    {
        if (rows.Count == 1)
        {
            return WriteRow(rows[0], updatedAt, transaction: null);
        }

        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var row in rows)
        {
            if (!WriteRow(row, updatedAt, transaction))
            {
                return false;
            }
        }

        transaction.Commit();
        return true;
    }

    /// <summary>Deletes the keys in one transaction; returns how many were stored.</summary>
    public int Delete(IReadOnlyCollection<string> keys)
    {
        using var transaction = _connection.BeginTransaction(deferred: false);
        _delete.Transaction = transaction;
        try
        {
            var deleted = 0;
            foreach (var key in keys)
            {
                _delete.Parameters[0].Value = key;
                deleted += _delete.ExecuteNonQuery();
            }

            transaction.Commit();
            return deleted;
        }
        finally
        {
            _delete.Transaction = null;
        }
    }

    /// <summary>Deletes every document last written before <paramref name="cutoff"/> (formatted as <c>updated_at</c>).</summary>
    public int DeleteNotUpdatedSince(string cutoff)
    {
        using var delete = _connection.CreateCommand();
        delete.CommandText = StateTable.DeleteNotUpdatedSince;
        delete.Parameters.AddWithValue("@cutoff", cutoff);
        return delete.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _select.Dispose();
        _upsert.Dispose();
        _insertNew.Dispose();
        _compareAndSwap.Dispose();
        _delete.Dispose();
        _connection.Dispose();
    }

    private void ReadInto(Dictionary<string, StoreItem> found, string key)
    {
        _select.Parameters[0].Value = key;
        using var reader = _select.ExecuteReader();
        if (reader.Read())
        {
            // The stored UTF-8 as it is: JSON is parsed from UTF-8, so decoding it to a string first is work thrown away.
            found[key] = new StoreItem(ParseDocument(reader.GetFieldValue<byte[]>(0)), reader.GetString(1));
        }
    }

    private bool WriteRow(StateWrite row, string updatedAt, SqliteTransaction? transaction)
    {
        var command = row.ExpectedETag switch
        {
            null => _upsert,
            StoreItem.NotStoredETag => _insertNew,
            _ => _compareAndSwap,
        };
        command.Transaction = transaction;
        var parameters = command.Parameters;
        parameters[0].Value = row.Key;
        parameters[1].Value = row.Json;
        parameters[2].Value = row.ETag;
        parameters[3].Value = updatedAt;
        if (command == _compareAndSwap)
        {
            parameters[4].Value = row.ExpectedETag;
        }

        try
        {
            return command.ExecuteNonQuery() == 1;
        }
        finally
        {
            command.Transaction = null;
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        return command;
    }

    private static JsonElement ParseDocument(byte[] utf8Json)
    {
        try
        {
            return JsonElement.Parse(utf8Json);
        }
        catch (JsonException)
        {
            // Not rethrown as inner exception: JsonException quotes the offending character of the stored content.
            throw new InvalidDataException("A stored document is not valid JSON; the state file was changed outside BackCareBot.");
        }
    }
}
