using Azure.Monitor.OpenTelemetry.AspNetCore;
using BackCareBot.Conversation.Bot;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace BackCareBot.Hosting;

public static class AzureMonitorExtensions
{
    /// <summary>The setting App Service gets from the template; without it no telemetry leaves the process.</summary>
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// Sends traces (requests, the Bot Connector and Blob calls), metrics (the runtime's, ASP.NET Core's and the
    /// <c>BackCareBot.Conversation</c> meter) and logs to Application Insights with OpenTelemetry, only when
    /// <see cref="ConnectionStringKey"/> is set, so a local run needs no cloud. Section <c>AzureMonitor</c> sets the
    /// distro's options (<c>EnableLiveMetrics</c>, <c>SamplingRatio</c>...). No message text is in any of it: the logs
    /// never hold it, request and call bodies are not recorded, and <see cref="TelemetryRedaction"/> takes the
    /// conversation ids and tokens out of URLs.
    /// </summary>
    public static IHostApplicationBuilder AddAzureMonitorWhenConfigured(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var connectionString = builder.Configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return builder;
        }

        // The redaction is added before Azure Monitor's exporter, so it has run on every span the exporter queues.
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddProcessor(new TelemetryRedaction()))
            .WithMetrics(metrics => metrics.AddMeter(ConversationMetrics.MeterName))
            .UseAzureMonitor(options =>
            {
                builder.Configuration.GetSection("AzureMonitor").Bind(options);
                options.ConnectionString = connectionString;
            });
        return builder;
    }
}
