using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Testing;

/// <summary>
/// Azure Bot Service's Direct Line token service, which cannot be reached from here, on a real Kestrel socket on
/// 127.0.0.1: <c>POST /v3/directline/tokens/generate</c> answers as Azure documents it
/// (<c>{"conversationId", "token", "expires_in"}</c>) when the <c>Authorization</c> header carries
/// <see cref="Secret"/>, 403 when it does not; every request (any path) is recorded, and a script can answer
/// otherwise. Like Azure's, it allows any origin (CORS), so a web chat page served by the bot can call it.
/// </summary>
public sealed class FakeAzureDirectLine : IAsyncDisposable
{
    public const string Secret = "fake-direct-line-secret-Qx81.cwA.kT3";
    public const int ExpiresIn = 3600;

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _issued;

    private FakeAzureDirectLine(WebApplication app)
    {
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>, for <c>DirectLine:AzureBaseUrl</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static string TokenNumber(int n) => $"az-token-{n}";

    public static string ConversationNumber(int n) => $"az-conversation-{n}";

    public static async Task<FakeAzureDirectLine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var fake = new FakeAzureDirectLine(builder.Build());
        await fake._app.StartAsync();
        fake.BaseUrl = new Uri(fake._app.Urls.Single().TrimEnd('/') + "/");
        return fake;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.Headers.AccessControlAllowHeaders = context.Request.Headers.AccessControlRequestHeaders;
            context.Response.Headers.AccessControlAllowMethods = "GET, POST";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString();
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            authorization,
            context.Request.ContentType,
            body,
            Stopwatch.GetTimestamp()));

        var response = _script.TryDequeue(out var scripted) ? scripted : Answer(context.Request, authorization);
        context.Response.StatusCode = response.Status;
        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private ScriptedResponse Answer(HttpRequest request, string? authorization)
    {
        if (request.Method != HttpMethods.Post || request.Path != "/v3/directline/tokens/generate")
        {
            return new ScriptedResponse(StatusCodes.Status404NotFound);
        }

        if (authorization != $"Bearer {Secret}")
        {
            return new ScriptedResponse(StatusCodes.Status403Forbidden, """{"error":{"code":"BadArgument","message":"Invalid token or secret"}}""");
        }

        var n = Interlocked.Increment(ref _issued);
        return new ScriptedResponse(StatusCodes.Status200OK,
            $$"""{"conversationId":"{{ConversationNumber(n)}}","token":"{{TokenNumber(n)}}","expires_in":{{ExpiresIn}}}""");
    }
}
