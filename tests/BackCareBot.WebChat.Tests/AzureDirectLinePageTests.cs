using BackCareBot.Testing;

namespace BackCareBot.WebChat.Tests;

/// <summary>
/// The page with <c>DirectLine:Mode=AzureBotService</c>, in headless Chromium: it gets its token from the bot, which
/// got it from a fake of Azure's token API on loopback, and then Web Chat talks to that Direct Line, not the bot's.
/// The fake has no conversations to give, so the chat goes no further; what counts is where the page went.
/// </summary>
public sealed class AzureDirectLinePageTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    [Fact]
    public async Task ThePage_StartsItsConversationAtAzuresDirectLineWithAzuresToken()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var bot = await BotProcess.StartAsync(
            WebChatFixture.ProjectDirectory(),
            "--DirectLine:Mode", "AzureBotService",
            "--DirectLine:Secret", FakeAzureDirectLine.Secret,
            "--DirectLine:AzureBaseUrl", azure.BaseUrl.AbsoluteUri);

        await using var chat = await ChatPage.OpenAsync(fixture.Browser, new Uri(bot.Address, "/?transport=polling"));

        var start = await WaitForAsync(() => azure.Requests.Where(request => request.Method == "POST" && request.RawTarget == "/v3/directline/conversations").ToList());
        Assert.NotEmpty(start);
        Assert.All(start, request => Assert.Equal($"Bearer {FakeAzureDirectLine.TokenNumber(1)}", request.Authorization));
        // The browser's request events reach the test a moment after the fake server has the request.
        var azureConversations = new Uri(azure.BaseUrl, "v3/directline/conversations").AbsoluteUri;
        await WaitUntilAsync(() => chat.Requests.Any(url => url.StartsWith(azureConversations, StringComparison.Ordinal)));
        Assert.Contains(chat.Requests, url => url.StartsWith(azureConversations, StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Requests, url => url.StartsWith(new Uri(bot.Address, "/v3/directline").AbsoluteUri, StringComparison.Ordinal));
        Assert.DoesNotContain(chat.Requests, url => url.Contains(FakeAzureDirectLine.Secret, StringComparison.Ordinal));
    }

    /// <summary>Returns once <paramref name="done"/> holds, or after 15 s (the assertion after it then fails).</summary>
    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!done() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>What <paramref name="read"/> finds once it finds something, or nothing after 15 s.</summary>
    private static async Task<List<RecordedRequest>> WaitForAsync(Func<List<RecordedRequest>> read)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var found = read();
        while (found.Count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            found = read();
        }

        return found;
    }
}
