using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage;
using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the hosting namespace, as hosting extensions usually are, so the host needs one line and no using.
namespace Microsoft.Extensions.Hosting;

public static class StateStorageExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> that <see cref="StateStorageOptions"/> (the <c>Storage</c> section) names:
    /// a <see cref="SqliteStorage"/> file by default, <see cref="MemoryStorage"/>, or an <see cref="AzureBlobStorage"/>
    /// container. This is the one place where every store plugs in. It replaces any storage registered before it, such
    /// as the in-memory default of <c>AddBotFramework</c>, so the order of the two calls does not matter. The store is
    /// opened (the file or container created if missing) when the host starts, and its idle state swept hourly.
    /// </summary>
    public static IServiceCollection AddBotStateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StateStorageOptions>().Bind(configuration.GetSection(StateStorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StateStorageOptions>, StateStorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.RemoveAll<IStorage>();
        services.AddSingleton<IStorage>(CreateStorage);
        services.AddHostedService<StateStorageStartup>();
        services.AddHostedService<StateRetentionSweeper>();
        return services;
    }

    /// <inheritdoc cref="AddBotStateStorage(IServiceCollection, IConfiguration)"/>
    public static IHostApplicationBuilder AddBotStateStorage(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotStateStorage(builder.Configuration);
        return builder;
    }

    private static IStorage CreateStorage(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StateStorageOptions>>().Value;
        var timeProvider = services.GetRequiredService<TimeProvider>();
        switch (options.Provider)
        {
            case StateStorageProvider.Memory:
                return new MemoryStorage(timeProvider);
            case StateStorageProvider.AzureBlob:
                return new AzureBlobStorage(AzureBlobContainers.Create(options.AzureBlob), timeProvider);
            default:
                var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath is { Length: > 0 } root ? root : AppContext.BaseDirectory;
                var path = Path.GetFullPath(options.SqlitePath, contentRoot);
                return new SqliteStorage(path, options.SqliteBusyTimeout, timeProvider);
        }
    }
}
