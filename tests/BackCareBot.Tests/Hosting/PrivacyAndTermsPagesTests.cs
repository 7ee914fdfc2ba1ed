using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Hosting;

/// <summary>The pages the Teams manifest names, served by the bot, saying plainly what it keeps.</summary>
[Collection(MessagingHostGroup.Name)]
public sealed class PrivacyAndTermsPagesTests(MessagingHost host)
{
    [Theory]
    [InlineData("privacyUrl")]
    [InlineData("termsOfUseUrl")]
    public async Task EachPageTheTeamsManifestNames_IsServedWithThePagesSecurityHeaders(string field)
    {
        var template = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.Root, "deployment", "teams", "manifest.template.json")))!;
        var url = (string)template["developer"]![field]!;
        Assert.StartsWith("${BOT_BASE_URL}/", url, StringComparison.Ordinal);

        using var response = await host.Client.GetAsync(url["${BOT_BASE_URL}".Length..]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrivacyPage_SaysWhatIsStoredForHowLongAndHowToDeleteIt()
    {
        var page = await host.Client.GetStringAsync("/privacy");

        Assert.Contains("The text of your messages is not stored", page, StringComparison.Ordinal);
        Assert.Contains("30 days after your last message", page, StringComparison.Ordinal);
        Assert.Contains("<strong>forget me</strong>", page, StringComparison.Ordinal);
        Assert.Contains("never written to the bot's\n    logs", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTermsPage_SaysItIsNotADoctorAndWhatToDoInAnEmergency()
    {
        var page = await host.Client.GetStringAsync("/terms");

        Assert.Contains("It is not a doctor", page, StringComparison.Ordinal);
        Assert.Contains("911 / 999 / 112", page, StringComparison.Ordinal);
        Assert.Contains("href=\"privacy\"", page, StringComparison.Ordinal);
    }
}
