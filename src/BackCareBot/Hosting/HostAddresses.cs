namespace BackCareBot.Hosting;

/// <summary>
/// Where the bot listens and what its content root is, chosen so the same build runs from a checkout, a published
/// folder and a container. Addresses: whatever the platform configures (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c> as containers and App Service set it, <c>Kestrel:Endpoints</c>), and
/// <c>http://localhost:3978</c>, the Bot Framework's usual port, only when none does. A <c>Urls</c> in appsettings.json
/// would override the container's port setting, so the default lives here instead.
/// </summary>
public static class HostAddresses
{
    public const string DefaultUrl = "http://localhost:3978";

    /// <summary>The default address, or null when the configuration names one.</summary>
    public static string? DefaultUnlessConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = !string.IsNullOrWhiteSpace(configuration["urls"])
            || !string.IsNullOrWhiteSpace(configuration["http_ports"])
            || !string.IsNullOrWhiteSpace(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        return configured ? null : DefaultUrl;
    }

    /// <summary>
    /// The published app's own folder when it holds the web chat page (<c>wwwroot</c>) and no content root was asked
    /// for, so the page, <c>appsettings.json</c> and <c>App_Data</c> are found whatever folder it is started from; null
    /// otherwise (under <c>dotnet run</c> the build output has no <c>wwwroot</c> and the project folder stays the root).
    /// </summary>
    public static string? PublishedContentRoot(IReadOnlyList<string> args, string appFolder)
    {
        ArgumentNullException.ThrowIfNull(args);
        var asked = args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));
        return !asked && Directory.Exists(Path.Combine(appFolder, "wwwroot")) ? appFolder : null;
    }

    /// <summary>Listens on <see cref="DefaultUrl"/> unless the configuration says where.</summary>
    public static WebApplicationBuilder UseDefaultAddressUnlessConfigured(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (DefaultUnlessConfigured(builder.Configuration) is { } url)
        {
            builder.WebHost.UseUrls(url);
        }

        return builder;
    }
}
