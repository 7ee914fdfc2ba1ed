namespace BackCareBot.Tests.Support;

/// <summary>The test classes that share one <see cref="MessagingHost"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MessagingHostGroup : ICollectionFixture<MessagingHost>
{
    public const string Name = "BackCareBot messaging host";
}
