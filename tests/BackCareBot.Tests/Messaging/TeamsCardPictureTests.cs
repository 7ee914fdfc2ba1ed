using System.Net;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// Teams fetches a card's picture itself and shows no SVG: with the bot's public address configured, the advice card
/// carries the PNG at an absolute https URL, which the bot serves.
/// </summary>
public sealed class TeamsCardPictureTests : IAsyncLifetime, IAsyncDisposable
{
    private const string PublicBaseUrl = "https://backcare.example.org/bot/";

    private readonly BackCareHostFactory _factory = new(new Dictionary<string, string?> { ["Illustrations:PublicBaseUrl"] = PublicBaseUrl });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _factory.StartServer();
        _client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task TeamsAdviceCard_ShowsThePngAtTheBotsPublicAddress_WithItsAltText()
    {
        await using var connector = await FakeConnector.StartAsync();

        using var response = await _client.PostActivityAsync(
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(connector.Requests).Activity;
        var card = Assert.Single(reply["attachments"]!.AsArray())!["content"]!;
        var image = card["body"]!.AsArray().Single(element => (string?)element!["type"] == "Image")!;
        var url = new Uri((string)image["url"]!);
        Assert.Equal(PublicBaseUrl + "illustrations/hamstring-stretch.png", url.AbsoluteUri);
        Assert.StartsWith("Two ways to do the hamstring stretch", (string?)image["altText"], StringComparison.Ordinal);

        // The same picture at the path the bot serves it under.
        using var png = await _client.GetAsync(new Uri(url.AbsolutePath["/bot".Length..], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, png.StatusCode);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
    }
}
