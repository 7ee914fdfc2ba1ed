using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>
/// A Bot Connector service on loopback: a real Kestrel server that records every request and answers from a
/// script (then with 200 and a fresh id).
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _nextId;

    private FakeConnector(WebApplication app, string pathPrefix)
    {
        _app = app;
        _app.Run(HandleAsync);
        PathPrefix = pathPrefix;
    }

    /// <summary>The service URL to put in activities, e.g. <c>http://127.0.0.1:1234/amer/</c>.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public string PathPrefix { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync(string pathPrefix = "/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var connector = new FakeConnector(builder.Build(), pathPrefix);
        await connector._app.StartAsync();
        connector.ServiceUrl = connector._app.Urls.Single().TrimEnd('/') + pathPrefix;
        return connector;
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
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.Count == 0 ? null : context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            body,
            Stopwatch.GetTimestamp()));

        var response = _script.TryDequeue(out var scripted)
            ? scripted
            : new ScriptedResponse(StatusCodes.Status200OK, $$"""{"id":"sent-{{Interlocked.Increment(ref _nextId)}}"}""");
        context.Response.StatusCode = response.Status;
        if (response.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = response.RetryAfter;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
