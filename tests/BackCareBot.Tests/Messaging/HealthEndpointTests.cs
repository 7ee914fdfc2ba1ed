using System.Net;
using BackCareBot.Tests.Support;

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
}
