using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.DirectLine;
using BackCareBot.Hosting;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Hosting;

/// <summary>
/// The whole bot with <c>DirectLine:Mode</c> = <c>AzureBotService</c>, against a local fake of Azure's token API: the
/// page gets Azure's token and domain from the bot, and its Content-Security-Policy lets it reach that domain.
/// </summary>
public sealed class AzureDirectLineModeTests
{
    [Fact]
    public async Task ThePage_GetsAzuresTokenAndMayConnectToAzuresDirectLineOnly()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var bot = new BackCareHostFactory(new Dictionary<string, string?>
        {
            ["DirectLine:Mode"] = "AzureBotService",
            ["DirectLine:Secret"] = FakeAzureDirectLine.Secret,
            ["DirectLine:AzureBaseUrl"] = azure.BaseUrl.AbsoluteUri,
        });
        using var client = bot.CreateClient();

        using var page = await client.GetAsync("/");
        using var token = await client.PostAsync("/api/directline/token", content: null);

        var origin = azure.BaseUrl.GetLeftPart(UriPartial.Authority);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' {origin} ws://{azure.BaseUrl.Authority};", policy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var grant = JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        Assert.Equal(FakeAzureDirectLine.TokenNumber(1), (string?)grant["token"]);
        Assert.Equal($"{origin}/v3/directline", (string?)grant["domain"]);
    }

    [Fact]
    public void TheBuiltInDirectLine_LetsThePageConnectToItsOwnOriginOnly()
    {
        var policy = WebChatContentSecurityPolicy.For(new DirectLineOptions());

        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void ARegionalAzureDirectLine_IsAllowedOverHttpsAndSecureWebSockets()
    {
        var policy = WebChatContentSecurityPolicy.For(new DirectLineOptions
        {
            Mode = DirectLineMode.AzureBotService,
            Secret = "s",
            AzureBaseUrl = new Uri("https://europe.directline.botframework.com/"),
        });

        Assert.Contains("connect-src 'self' https://europe.directline.botframework.com wss://europe.directline.botframework.com;", policy, StringComparison.Ordinal);
    }
}
