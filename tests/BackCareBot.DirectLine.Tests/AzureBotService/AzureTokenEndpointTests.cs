using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.DirectLine.Tests.Support;
using BackCareBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Tests.AzureBotService;

/// <summary>
/// <c>DirectLine:Mode</c> = <c>AzureBotService</c>: the token route exchanges the secret at Azure's Direct Line (a
/// local fake of its token API on loopback, since Azure cannot be reached from here).
/// </summary>
public sealed class AzureTokenEndpointTests : IAsyncLifetime
{
    private FakeAzureDirectLine _azure = null!;

    public async Task InitializeAsync() => _azure = await FakeAzureDirectLine.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    [Fact]
    public async Task TheTokenRoute_ExchangesTheSecretAtAzureAndGivesThePageAzuresTokenAndDomain()
    {
        await using var host = await StartAsync(FakeAzureDirectLine.Secret);

        using var response = await PostTokenAsync(host);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var grant = JsonNode.Parse(body)!;
        Assert.Equal(FakeAzureDirectLine.TokenNumber(1), (string?)grant["token"]);
        Assert.Equal(FakeAzureDirectLine.ConversationNumber(1), (string?)grant["conversationId"]);
        Assert.Equal(FakeAzureDirectLine.ExpiresIn, (int?)grant["expires_in"]);
        Assert.Equal(new Uri(_azure.BaseUrl, "v3/directline").AbsoluteUri, (string?)grant["domain"]);
        var userId = (string?)grant["userId"];
        Assert.Matches("^dl_[0-9a-f]{24}$", userId);

        var exchange = Assert.Single(_azure.Requests);
        Assert.Equal("POST", exchange.Method);
        Assert.Equal("/v3/directline/tokens/generate", exchange.RawTarget);
        Assert.Equal($"Bearer {FakeAzureDirectLine.Secret}", exchange.Authorization);
        Assert.Equal(userId, (string?)JsonNode.Parse(exchange.Body)!["user"]!["id"]);
        Assert.DoesNotContain(FakeAzureDirectLine.Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachPage_GetsItsOwnUserBoundToItsToken()
    {
        await using var host = await StartAsync(FakeAzureDirectLine.Secret);

        using var first = await PostTokenAsync(host);
        using var second = await PostTokenAsync(host);

        var users = _azure.Requests.Select(request => (string?)JsonNode.Parse(request.Body)!["user"]!["id"]).ToList();
        Assert.Equal(2, users.Distinct().Count());
        Assert.All(users, user => Assert.StartsWith("dl_", user, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AzureRefusingTheSecret_Is502AndNoLogHoldsTheSecret()
    {
        await using var host = await StartAsync("a-wrong-secret-that-must-not-be-logged");

        using var response = await PostTokenAsync(host);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("ServiceError", await DirectLineClient.ErrorCodeAsync(response));
        var records = host.Logs.GetSnapshot();
        Assert.Contains(records, record => record.Id.Id == 3020 && record.Message.Contains("403", StringComparison.Ordinal));
        Assert.DoesNotContain(records, record => record.Message.Contains("a-wrong-secret", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(200, "this is not JSON")]
    [InlineData(200, """{"conversationId":"c","expires_in":3600}""")]
    [InlineData(200, """{"conversationId":"c","token":"t","expires_in":0}""")]
    [InlineData(500, """{"error":{"code":"ServiceError"}}""")]
    public async Task AnAnswerWithoutAUsableToken_Is502(int status, string body)
    {
        await using var host = await StartAsync(FakeAzureDirectLine.Secret);
        _azure.Enqueue(new ScriptedResponse(status, body));

        using var response = await PostTokenAsync(host);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("ServiceError", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ARedirect_IsNotFollowedSoTheSecretGoesNowhereElse()
    {
        await using var host = await StartAsync(FakeAzureDirectLine.Secret);
        _azure.Enqueue(new ScriptedResponse(StatusCodes.Status307TemporaryRedirect, Location: new Uri(_azure.BaseUrl, "elsewhere").AbsoluteUri));

        using var response = await PostTokenAsync(host);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.DoesNotContain(_azure.Requests, request => request.RawTarget == "/elsewhere");
    }

    [Fact]
    public async Task TheBuiltInRoutes_AreNotMapped()
    {
        await using var host = await StartAsync(FakeAzureDirectLine.Secret);

        using var response = await host.Http.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithoutASecret_TheHostDoesNotStart()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:Mode"] = "AzureBotService";
        settings.Configuration["DirectLine:AzureBaseUrl"] = _azure.BaseUrl.AbsoluteUri;

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => DirectLineHost.StartAsync(settings));

        Assert.Contains("DirectLine:Secret", failure.Message, StringComparison.Ordinal);
    }

    private Task<DirectLineHost> StartAsync(string secret)
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:Mode"] = "AzureBotService";
        settings.Configuration["DirectLine:Secret"] = secret;
        settings.Configuration["DirectLine:AzureBaseUrl"] = _azure.BaseUrl.AbsoluteUri;
        return DirectLineHost.StartAsync(settings);
    }

    private static Task<HttpResponseMessage> PostTokenAsync(DirectLineHost host) =>
        host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
}
