using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace BackCareBot.Storage.AzureBlob;

/// <summary>The container client the options name, authenticated by connection string or by managed identity.</summary>
public static class AzureBlobContainers
{
    public static BlobContainerClient Create(AzureBlobStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.MaxRetries = 3;
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        clientOptions.Retry.NetworkTimeout = options.RequestTimeout;

        // The SDK's request log goes to an event source nobody listens to here; it never holds a blob's content.
        clientOptions.Diagnostics.IsLoggingContentEnabled = false;

        var service = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(options.ServiceUri ?? throw new ArgumentException("Storage:AzureBlob needs ConnectionString or ServiceUri.", nameof(options)), Credential(options), clientOptions)
            : new BlobServiceClient(options.ConnectionString, clientOptions);
        return service.GetBlobContainerClient(options.ContainerName);
    }

    /// <summary>
    /// A user-assigned identity by its client id; otherwise DefaultAzureCredential, which on App Service finds the
    /// system-assigned identity and on a developer's machine the Azure CLI's login.
    /// </summary>
    private static TokenCredential Credential(AzureBlobStorageOptions options) =>
        string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
