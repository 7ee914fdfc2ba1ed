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
/// A Bot Connector service on a real Kestrel socket on 127.0.0.1: records every request the bot makes and answers
/// from a script, then with 200 and a fresh resource id. Its service URL carries a path prefix, as Teams' do.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private int _nextId;

    private FakeConnector(WebApplication app, string pathPrefix)
    {
        PathPrefix = pathPrefix;
        _app = app;
        _app.Run(HandleAsync);
    }

    /// <summary>The service URL to put in activities, e.g. <c>http://127.0.0.1:41234/amer/</c>.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>The path the service URL carries before <c>v3/</c>, e.g. <c>/amer/</c>.</summary>
    public string PathPrefix { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeConnector> StartAsync(string pathPrefix = "/amer/")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
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

        if (response.Location is not null)
        {
            context.Response.Headers.Location = response.Location;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }
}
