using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace BackCareBot.Tests.Support;

/// <summary>
/// BackCareBot's own <c>Program</c> on a real Kestrel socket on 127.0.0.1, configured only through settings (the
/// same keys an App Service or appsettings.json would carry), with every log record collected. Services stay the
/// bot's own, except stand-ins for remote services that cannot be reached from here.
/// </summary>
public sealed class BackCareHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _unreachableServiceFakes;

    public BackCareHostFactory(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? unreachableServiceFakes = null)
    {
        _unreachableServiceFakes = unreachableServiceFakes;
        _settings = HostSettings.Anonymous();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(_settings));
        builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        if (_unreachableServiceFakes is not null)
        {
            builder.ConfigureTestServices(_unreachableServiceFakes);
        }
    }
}
