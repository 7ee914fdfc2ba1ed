using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Messaging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol: authentication (SDK keys at the configuration root), the messaging
    /// endpoint's adapter, the Bot Connector client with retries, and defaults the application may replace by
    /// registering its own first or after: <see cref="IStorage"/> (in memory) and <see cref="ITurnErrorRecovery"/>
    /// (a generic apology). The application registers its <see cref="IBot"/> and any <see cref="IMiddleware"/>.
    /// All options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddBotFrameworkAuthentication(configuration);

        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<BotConnectorOptions>().Bind(configuration.GetSection(BotConnectorOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotConnectorOptions>, BotConnectorOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.TryAddSingleton<ITurnErrorRecovery, ApologyOnlyRecovery>();

        // The resilience pipeline's timeouts bound every call; HttpClient's own 100 s default would only get in the way.
        // HttpClient's default logging writes each request URI, and Bot Connector URIs hold the conversation and activity
        // ids; ConnectorLog reports failed calls with the conversation hashed instead.
        // Redirects are not followed: the service URL was checked (ServiceUrlGuard, or the channel's signed token), and
        // a redirect would carry the reply, and the connector token, to an address nobody checked.
        services.AddHttpClient(BotConnectorClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddResilienceHandler(ConnectorResilience.PipelineName, static (builder, context) => ConnectorResilience.Configure(
                builder,
                context.ServiceProvider.GetRequiredService<IOptions<BotConnectorOptions>>().Value,
                context.ServiceProvider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<ServiceUrlGuard>();
        services.TryAddSingleton<BotConnectorClient>();
        services.TryAddSingleton<CloudAdapter>();
        services.TryAddSingleton<BotFrameworkHttpAdapter>();
        return services;
    }

    /// <inheritdoc cref="AddBotFramework(IServiceCollection, IConfiguration)"/>
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotFramework(builder.Configuration);
        return builder;
    }
}
