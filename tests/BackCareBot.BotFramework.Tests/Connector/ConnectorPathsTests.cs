using BackCareBot.BotFramework.Connector;

namespace BackCareBot.BotFramework.Tests.Connector;

public sealed class ConnectorPathsTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/activities")]
    [InlineData("http://localhost:51234", "http://localhost:51234/v3/conversations/a%3A1/activities")]
    [InlineData("https://webchat.botframework.com/", "https://webchat.botframework.com/v3/conversations/a%3A1/activities")]
    public void Activities_KeepsThePathPrefixOfTheServiceUrl(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorPaths.Activities(serviceUrl, "a:1").AbsoluteUri);
    }

    [Theory]
    [InlineData("19:abc@thread.tacv2;messageid=1715", "1715:99", "19%3Aabc%40thread.tacv2%3Bmessageid%3D1715/activities/1715%3A99")]
    [InlineData("Ab1Cd2|livechat", "Ab1Cd2|0000001", "Ab1Cd2%7Clivechat/activities/Ab1Cd2%7C0000001")]
    [InlineData("a/b?c#d e", "x/../y", "a%2Fb%3Fc%23d%20e/activities/x%2F..%2Fy")]
    public void Activity_EscapesIdsAsDataSegments(string conversationId, string activityId, string expectedTail)
    {
        var uri = ConnectorPaths.Activity("https://smba.trafficmanager.net/amer/", conversationId, activityId);

        Assert.Equal($"https://smba.trafficmanager.net/amer/v3/conversations/{expectedTail}", uri.AbsoluteUri);
    }
}
