using Azure;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.Storage;

/// <summary>
/// Opens the state store before the bot takes its first turn: a missing SQLite file or Blob container is created, and
/// a store that cannot be used (a damaged file, a wrong account, a missing role) stops the start once, with the reason,
/// instead of failing every turn.
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
            case AzureBlobStorage blob:
                try
                {
                    await blob.InitializeAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (exception is RequestFailedException or Azure.Identity.AuthenticationFailedException)
                {
                    StateStorageLog.Unusable(logger, exception);
                    throw new InvalidOperationException($"The Azure Blob state container {blob.ContainerUri} cannot be created or reached: {exception.Message}", exception);
                }

                StateStorageLog.UsingAzureBlob(logger, blob.ContainerUri);
                break;
            case MemoryStorage:
                StateStorageLog.UsingMemory(logger);
                break;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
