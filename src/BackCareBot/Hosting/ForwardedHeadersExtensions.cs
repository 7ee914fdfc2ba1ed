using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

public static class ForwardedHeadersExtensions
{
    /// <summary>
    /// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from the proxies <see cref="ForwardedHeadersSettings"/>
    /// names, one hop deep: behind a TLS-terminating proxy the request's scheme is https (so Direct Line's stream URL
    /// says <c>wss:</c>) and its remote address the client's (so the token rate limit keys on the client, not the
    /// proxy). Only the address the proxy itself appended is taken; what a client wrote before it is ignored.
    /// </summary>
    public static IHostApplicationBuilder AddKnownProxies(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ForwardedHeadersSettings>()
            .Bind(builder.Configuration.GetSection(ForwardedHeadersSettings.SectionName))
            .Validate(settings => settings.KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _)),
                $"{ForwardedHeadersSettings.SectionName}:KnownProxies must be IP addresses, such as 10.0.0.4.")
            .Validate(settings => settings.KnownNetworks.All(network => System.Net.IPNetwork.TryParse(network, out _)),
                $"{ForwardedHeadersSettings.SectionName}:KnownNetworks must be networks in CIDR notation, such as 10.0.0.0/24.")
            .ValidateOnStart();

        // This runs after ASP.NET Core's own setup (ASPNETCORE_FORWARDEDHEADERS_ENABLED, which would trust everyone),
        // so the lists here are the ones in force either way.
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((options, settings) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            var configured = settings.Value;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (configured.KnownProxies.Count == 0 && configured.KnownNetworks.Count == 0)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
                options.KnownProxies.Add(IPAddress.IPv6Loopback);
                return;
            }

            foreach (var proxy in configured.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configured.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>
    /// Applies the forwarded headers first in the pipeline. With <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> (a
    /// platform may set it) ASP.NET Core already adds the same middleware, with these same options, ahead of the app's;
    /// a second pass would then read the entries a client wrote itself, so it is added only once.
    /// </summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!string.Equals(app.Configuration["FORWARDEDHEADERS_ENABLED"], "true", StringComparison.OrdinalIgnoreCase))
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
