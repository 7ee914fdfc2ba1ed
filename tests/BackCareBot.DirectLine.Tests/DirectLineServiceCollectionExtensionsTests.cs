using BackCareBot.DirectLine.Tests.Support;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Tests;

public sealed class DirectLineServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AnInvalidSetting_StopsTheHostFromStarting()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:MaxConversations"] = "0";

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => DirectLineHost.StartAsync(settings));

        Assert.Contains("DirectLine:MaxConversations", failure.Message, StringComparison.Ordinal);
    }
}
