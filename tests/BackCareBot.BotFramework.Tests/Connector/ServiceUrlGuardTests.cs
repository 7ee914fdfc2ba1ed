using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlGuardTests
{
    private static readonly string[] AllowList = ["https://directline.example.com/v3/directline", "http://chat.example.org:8080/"];

    [Theory]
    [InlineData("http://localhost:51234", true)]
    [InlineData("http://LOCALHOST:51234/", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://127.8.9.10/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("https://directline.example.com/v3/directline", true)]
    [InlineData("https://directline.example.com/v3/directline/", true)]
    [InlineData("https://DirectLine.Example.com/v3/directline/conversations/", true)]
    [InlineData("http://chat.example.org:8080/any/path", true)]
    [InlineData("https://directline.example.com/v3/directlinex/", false)]
    [InlineData("https://directline.example.com/v3/", false)]
    [InlineData("http://directline.example.com/v3/directline/", false)]
    [InlineData("https://directline.example.com:444/v3/directline/", false)]
    [InlineData("https://directline.example.com.evil.test/v3/directline/", false)]
    [InlineData("http://chat.example.org/", false)]
    [InlineData("http://127.0.0.1.evil.test/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    [InlineData("ftp://localhost/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsAllowed_AuthenticationOff_OnlyLoopbackAndAllowList(string? serviceUrl, bool allowed)
    {
        var guard = CreateGuard(appId: null);

        Assert.Equal(allowed, guard.IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    [InlineData("not a url", false)]
    public void IsAllowed_AuthenticationOn_TrustsTheSignedServiceUrl(string serviceUrl, bool allowed)
    {
        var guard = CreateGuard(appId: "00000000-0000-4000-8000-000000000003");

        Assert.Equal(allowed, guard.IsAllowed(serviceUrl));
    }

    private static ServiceUrlGuard CreateGuard(string? appId)
    {
        var options = new BotFrameworkOptions();
        foreach (var url in AllowList)
        {
            options.AllowedServiceUrls.Add(url);
        }

        return new ServiceUrlGuard(Options.Create(new BotFrameworkAuthenticationOptions { MicrosoftAppId = appId }), Options.Create(options));
    }
}
