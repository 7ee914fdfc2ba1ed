using BackCareBot.BotFramework.Pipeline;
using BackCareBot.DirectLine.AzureBotService;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Delivery;
using BackCareBot.DirectLine.Endpoints;
using BackCareBot.DirectLine.Streaming;
using BackCareBot.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in Direct Line (options from section <c>DirectLine</c>, validated when the host starts). It
    /// runs turns with the application's <see cref="IBot"/>, <see cref="IMiddleware"/> and
    /// <see cref="ITurnErrorRecovery"/>, as registered for the Bot Framework; map it with
    /// <see cref="DirectLineEndpointExtensions.MapDirectLine"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ITurnErrorRecovery, ApologyOnlyRecovery>();
        services.TryAddSingleton<DirectLineTokenService>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<DirectLineAdapter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationEraser, DirectLineHistoryEraser>());
        services.TryAddSingleton<BotDelivery>();
        services.TryAddSingleton<ConversationAccess>();
        services.TryAddSingleton<TokenEndpoints>();
        services.TryAddSingleton<AzureTokenEndpoint>();
        services.AddHttpClient<AzureTokenClient>(client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.TryAddSingleton<ConversationEndpoints>();
        services.TryAddSingleton<ActivityEndpoints>();
        services.TryAddSingleton<StreamEndpoint>();
        services.AddHostedService<ConversationSweeper>();
        services.AddHostedService<TokenSigningNotice>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, TokenRateLimitPolicy>(TokenRateLimitPolicy.Name));
        return services;
    }

    /// <inheritdoc cref="AddDirectLine(IServiceCollection, IConfiguration)"/>
    public static IHostApplicationBuilder AddDirectLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDirectLine(builder.Configuration);
        return builder;
    }
}
