using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace BackCareBot.Tests.Support;

/// <summary>
/// One BackCareBot host with authentication off, shared by the messaging tests: starting it loads the knowledge and
/// warms the date recogniser, which is worth paying once. Tests keep apart by using their own conversation ids
/// and their own <see cref="FakeConnector"/>.
/// </summary>
public sealed class MessagingHost : IAsyncLifetime, IAsyncDisposable
{
    private readonly BackCareHostFactory _factory = new();

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _factory.Services;

    public FakeLogCollector Logs => _factory.Logs;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public Task InitializeAsync()
    {
        _factory.StartServer();
        Client = _factory.CreateClient();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
