using System.Net;
using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>
/// The Bot Framework layer and Direct Line around an <see cref="EchoBot"/>, on a real Kestrel socket on 127.0.0.1, with
/// every log record collected. One per test, so no test sees another's conversations.
/// </summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineHost(WebApplication app, EchoBot bot, FakeTimeProvider? time)
    {
        _app = app;
        Bot = bot;
        Time = time;
        BaseAddress = new Uri(app.Urls.First());
        Http = new HttpClient { BaseAddress = BaseAddress };
        Client = new DirectLineClient(Http);
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public DirectLineClient Client { get; }

    public EchoBot Bot { get; }

    public FakeTimeProvider? Time { get; }

    public IServiceProvider Services => _app.Services;

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    public static async Task<DirectLineHost> StartAsync(DirectLineHostSettings? settings = null)
    {
        settings ??= new DirectLineHostSettings();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Test" });
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            settings.Kestrel?.Invoke(kestrel);
        });
        var configuration = new Dictionary<string, string?> { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" };
        foreach (var (key, value) in settings.Configuration)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddFakeLogging();
        if (settings.Time is { } time)
        {
            builder.Services.AddSingleton<TimeProvider>(time);
        }

        var bot = new EchoBot();
        builder.AddBotFramework();
        builder.Services.AddSingleton<IBot>(bot);
        if (settings.Recovery is { } recovery)
        {
            builder.Services.AddSingleton(recovery);
        }

        foreach (var middleware in settings.Middleware)
        {
            builder.Services.AddSingleton(middleware);
        }

        builder.AddDirectLine();
        var app = builder.Build();
        app.MapDirectLine();
        await app.StartAsync();
        return new DirectLineHost(app, bot, settings.Time);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
