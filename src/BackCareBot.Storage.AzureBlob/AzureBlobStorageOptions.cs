namespace BackCareBot.Storage.AzureBlob;

/// <summary>Where the Blob state store is: the <c>Storage:AzureBlob</c> section.</summary>
public sealed class AzureBlobStorageOptions
{
    public const string DefaultContainerName = "backcarebot-state";

    /// <summary>
    /// A storage connection string (Azurite's, or an account key's). Either this or <see cref="ServiceUri"/>. Keep it
    /// out of source control: app settings or Key Vault.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The account's Blob endpoint (<c>https://&lt;account&gt;.blob.core.windows.net</c>), reached with the app's
    /// managed identity (<c>ManagedIdentityClientId</c> for a user-assigned one) or, off Azure, whatever
    /// <c>DefaultAzureCredential</c> finds (the Azure CLI's login, environment variables). It needs the data-plane role
    /// Storage Blob Data Contributor on the account or container.
    /// </summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one or a developer's login.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>The container, created when missing. Default <c>backcarebot-state</c>.</summary>
    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>
    /// How long one request to the service may take before it is retried (three retries at most). Default 5 s, so a
    /// turn that meets a slow service still answers within a channel's ~15 s.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
