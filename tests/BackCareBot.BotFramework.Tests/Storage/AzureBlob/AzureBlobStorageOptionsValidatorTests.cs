using BackCareBot.Storage.AzureBlob;

namespace BackCareBot.BotFramework.Tests.Storage.AzureBlob;

public sealed class AzureBlobStorageOptionsValidatorTests
{
    private readonly AzureBlobStorageOptionsValidator _validator = new();

    [Fact]
    public void ConnectionStringAlone_IsValid() =>
        Assert.True(_validator.Validate(null, new AzureBlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true" }).Succeeded);

    [Fact]
    public void HttpsServiceUriAlone_IsValid() =>
        Assert.True(_validator.Validate(null, new AzureBlobStorageOptions { ServiceUri = new Uri("https://account.blob.core.windows.net") }).Succeeded);

    [Theory]
    [InlineData(null, null, "exactly one of ConnectionString")]
    [InlineData("UseDevelopmentStorage=true", "https://account.blob.core.windows.net", "exactly one of ConnectionString")]
    [InlineData(null, "http://account.blob.core.windows.net", "ServiceUri must be an https://")]
    public void Credentials_NotExactlyOneOrNotHttps_FailNamingTheKey(string? connectionString, string? serviceUri, string expected)
    {
        var result = _validator.Validate(null, new AzureBlobStorageOptions
        {
            ConnectionString = connectionString,
            ServiceUri = serviceUri is null ? null : new Uri(serviceUri),
        });

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("under_score")]
    public void ContainerName_BreakingTheServicesRule_FailsNamingTheKey(string containerName)
    {
        var result = _validator.Validate(null, new AzureBlobStorageOptions { ConnectionString = "UseDevelopmentStorage=true", ContainerName = containerName });

        Assert.Contains("Storage:AzureBlob:ContainerName", result.FailureMessage, StringComparison.Ordinal);
    }
}
