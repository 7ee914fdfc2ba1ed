using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// Opens the state file before the bot takes its first turn: a missing file is created, and a file that cannot be used
/// stops the start once, with its path in the error, instead of failing every turn.
/// </summary>
internal sealed class StateStorageStartup(IStorage storage, ILogger<StateStorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        switch (storage)
        {
            case SqliteStorage sqlite:
                try
                {
                    await sqlite.InitializeAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (StateDatabaseException exception)
                {
                    StateStorageLog.Unusable(logger, exception);
                    throw;
                }

                StateStorageLog.UsingSqlite(logger, sqlite.DatabasePath);
                break;
            case MemoryStorage:
                StateStorageLog.UsingMemory(logger);
                break;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
