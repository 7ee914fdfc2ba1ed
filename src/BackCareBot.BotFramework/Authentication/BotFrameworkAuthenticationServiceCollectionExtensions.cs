using BackCareBot.BotFramework.Authentication.Inbound;
using BackCareBot.BotFramework.Authentication.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Authentication;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);
    private const long MaxMetadataBytes = 1024 * 1024;

    /// <summary>
    /// Registers <see cref="IChannelAuthenticator"/> (inbound tokens), <see cref="IConnectorTokenProvider"/> (outbound
    /// tokens) and <see cref="BotFrameworkAuthenticationOptions"/>, bound from the configuration root and validated
    /// when the host starts. Logs a warning at startup when authentication is off.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkAuthenticationOptions>().Configure(options => BindingSource(configuration).Bind(options)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkAuthenticationOptions>, BotFrameworkAuthenticationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client =>
        {
            client.Timeout = FetchTimeout;
            client.MaxResponseContentBufferSize = MaxMetadataBytes;
        });
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName, client => client.Timeout = FetchTimeout);

        services.TryAddSingleton<MetadataDocumentRetriever>();
        services.TryAddSingleton(new SigningKeyCacheSettings());
        services.TryAddSingleton<SigningKeyCaches>();
        services.TryAddSingleton<IChannelAuthenticator, ChannelAuthenticator>();

        services.TryAddSingleton<MsalHttpClientFactory>();
        services.TryAddSingleton(provider => ConnectorTokenProviders.Create(
            provider.GetRequiredService<IOptions<BotFrameworkAuthenticationOptions>>().Value,
            provider.GetRequiredService<MsalHttpClientFactory>()));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AuthenticationStartup>());
        return services;
    }

    /// <summary>
    /// The SDK's templates and App Service settings ship <c>"MicrosoftAppType": ""</c>, which the SDK reads as
    /// MultiTenant; the configuration binder cannot turn an empty string into the enum, so an empty value is read
    /// as the default here.
    /// </summary>
    private static IConfiguration BindingSource(IConfiguration configuration)
    {
        const string appTypeKey = nameof(BotFrameworkAuthenticationOptions.MicrosoftAppType);
        if (!string.IsNullOrWhiteSpace(configuration[appTypeKey]) || configuration.GetSection(appTypeKey).Value is null)
        {
            return configuration;
        }

        return new ConfigurationBuilder()
            .AddConfiguration(configuration)
            .AddInMemoryCollection([new(appTypeKey, nameof(MicrosoftAppType.MultiTenant))])
            .Build();
    }
}
