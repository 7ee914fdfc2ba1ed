namespace BackCareBot.BotFramework.Tests.Storage.AzureBlob;

/// <summary>The test classes that share one <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
