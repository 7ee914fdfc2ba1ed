using Azure.Storage.Blobs;
using BackCareBot.Storage.AzureBlob;

namespace BackCareBot.BotFramework.Tests.Storage.AzureBlob;

/// <summary>One Azurite for the Blob store's tests; each test gets a container of its own, so none sees another's data.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started.");

    public BlobServiceClient Service => new(Server.ConnectionString);

    public static string NewContainerName() => $"test-{Guid.NewGuid():N}";

    public AzureBlobStorage NewStorage(TimeProvider? timeProvider = null, string? containerName = null) =>
        new(Service.GetBlobContainerClient(containerName ?? NewContainerName()), timeProvider ?? TimeProvider.System);

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
