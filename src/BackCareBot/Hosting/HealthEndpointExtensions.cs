using BackCareBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BackCareBot.Hosting;

public static class HealthEndpointExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the readiness check: the state store answers.</summary>
    public static IHostApplicationBuilder AddBackCareHealthChecks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHealthChecks().AddCheck<StateStoreHealthCheck>(StateStoreHealthCheck.Name, tags: [ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>/healthz</c>, liveness: 200 while the process serves requests, with no check behind it, so a platform that
    /// restarts unhealthy instances does not restart every instance because the shared store is down. <c>/readyz</c>,
    /// readiness: 200 when the state store answers, 503 when it does not, so a load balancer sends turns elsewhere.
    /// Both answer only the status, never an exception's text.
    /// </summary>
    public static WebApplication MapBackCareHealthChecks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }
}
