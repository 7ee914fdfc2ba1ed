namespace BackCareBot.Tests.Support;

/// <summary>The host's test classes that share one <see cref="AzuriteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteGroup : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite (host)";
}
