using BackCareBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace BackCareBot.Tests.Hosting;

public sealed class HostAddressesTests
{
    [Fact]
    public void NothingConfigured_ListensOnTheBotFrameworksUsualPort() =>
        Assert.Equal("http://localhost:3978", HostAddresses.DefaultUnlessConfigured(Configuration([])));

    [Theory]
    [InlineData("urls", "http://0.0.0.0:5000")]
    [InlineData("http_ports", "8080")]
    [InlineData("https_ports", "8443")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5001")]
    public void AnAddressConfigured_IsLeftToDecide(string key, string value) =>
        Assert.Null(HostAddresses.DefaultUnlessConfigured(Configuration([new(key, value)])));

    [Fact]
    public void AppSettings_SetNoUrls_SoTheContainersPortSettingIsNotOverridden()
    {
        var appSettings = Path.Combine(TestRepositoryRoot(), "src", "BackCareBot", "appsettings.json");

        var configuration = new ConfigurationBuilder().AddJsonFile(appSettings).Build();

        Assert.Null(configuration["Urls"]);
    }

    [Fact]
    public void PublishedContentRoot_IsTheAppFolderWhenItHoldsThePage_UnlessOneWasAskedFor()
    {
        var folder = Directory.CreateTempSubdirectory("backcare-published-").FullName;
        try
        {
            Assert.Null(HostAddresses.PublishedContentRoot([], folder));
            Directory.CreateDirectory(Path.Combine(folder, "wwwroot"));

            Assert.Equal(folder, HostAddresses.PublishedContentRoot([], folder));
            Assert.Null(HostAddresses.PublishedContentRoot(["--contentRoot", "/elsewhere"], folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IConfiguration Configuration(KeyValuePair<string, string?>[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static string TestRepositoryRoot() => RepositoryFolder.Root;
}
