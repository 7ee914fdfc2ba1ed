using System.Net;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCareBot.Tests.Messaging;

[Collection(MessagingHostGroup.Name)]
public sealed class HealthEndpointTests(MessagingHost host)
{
    [Fact]
    public async Task Healthz_Is200()
    {
        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_WithTheStateFileAnswering_Is200()
    {
        using var response = await host.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_WithTheStoreFailing_Is503WithoutTheErrorButHealthzStays200()
    {
        await using var failing = new BackCareHostFactory(unreachableServiceFakes: services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(new FailingStorage());
        });
        using var client = failing.CreateClient();

        using var ready = await client.GetAsync("/readyz");
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Readyz_WithTheStoreHanging_Is503AfterTheTimeout()
    {
        await using var hanging = new BackCareHostFactory(unreachableServiceFakes: services =>
        {
            services.RemoveAll<IStorage>();
            services.AddSingleton<IStorage>(new FailingStorage(hang: true));
        });
        using var client = hanging.CreateClient();

        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }

    /// <summary>A store whose disk or service is gone: every call fails, or never returns.</summary>
    private sealed class FailingStorage(bool hang = false) : IStorage
    {
        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Fail<IReadOnlyDictionary<string, StoreItem>>(cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) => Fail<IReadOnlyDictionary<string, string>>(cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => Fail<bool>(cancellationToken);

        private async Task<T> Fail<T>(CancellationToken cancellationToken)
        {
            if (hang)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            throw new IOException("secret-path-Zq9 is gone");
        }
    }
}
