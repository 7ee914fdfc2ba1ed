using Azure.Storage.Blobs;

namespace BackCareBot.Tests.Support;

/// <summary>One Azurite for the host's Blob tests; each test names a container of its own.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteServer? _server;

    public AzuriteServer Server => _server ?? throw new InvalidOperationException("Azurite has not started.");

    public BlobServiceClient Service => new(Server.ConnectionString);

    public static string NewContainerName() => $"test-{Guid.NewGuid():N}";

    /// <summary>The settings that put a host's state in a container of its own on this Azurite.</summary>
    public Dictionary<string, string?> StorageSettings(string containerName) => new()
    {
        ["Storage:Provider"] = "AzureBlob",
        ["Storage:AzureBlob:ConnectionString"] = Server.ConnectionString,
        ["Storage:AzureBlob:ContainerName"] = containerName,
    };

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
