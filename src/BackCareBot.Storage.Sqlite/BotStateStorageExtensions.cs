using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// In the hosting namespace, as hosting extensions usually are, so Program.cs needs one line and no using.
namespace Microsoft.Extensions.Hosting;

public static class BotStateStorageExtensions
{
    /// <summary>
    /// Registers the <see cref="IStorage"/> that <see cref="BotStateStorageOptions"/> (the <c>Storage</c> section)
    /// names: a <see cref="SqliteStorage"/> file by default, or <see cref="MemoryStorage"/>. It replaces any storage
    /// registered before it, such as the in-memory default of <c>AddBotFramework</c>, so the order of the two calls does
    /// not matter. The file is opened, and created if missing, when the host starts.
    /// </summary>
    public static IServiceCollection AddBotStateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotStateStorageOptions>().Bind(configuration.GetSection(BotStateStorageOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotStateStorageOptions>, BotStateStorageOptionsValidator>());
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
        var options = services.GetRequiredService<IOptions<BotStateStorageOptions>>().Value;
        if (options.Provider == StateStorageProvider.Memory)
        {
            return new MemoryStorage();
        }

        var contentRoot = services.GetService<IHostEnvironment>()?.ContentRootPath is { Length: > 0 } root ? root : AppContext.BaseDirectory;
        var path = Path.GetFullPath(options.SqlitePath, contentRoot);
        return new SqliteStorage(path, options.SqliteBusyTimeout, services.GetRequiredService<TimeProvider>());
    }
}
