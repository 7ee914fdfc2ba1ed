using BackCareBot.BotFramework.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>The real <c>AddBotFramework</c> registration without a web host, for tests of the adapter and connector.</summary>
public static class ConnectorServices
{
    public static ServiceProvider Build(IDictionary<string, string?>? settings = null, IConnectorTokenProvider? tokenProvider = null)
    {
        var values = FastConnectorSettings.Create();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddBotFramework(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        if (tokenProvider is not null)
        {
            services.AddSingleton(tokenProvider);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
