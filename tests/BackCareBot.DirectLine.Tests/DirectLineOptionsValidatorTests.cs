namespace BackCareBot.DirectLine.Tests;

public sealed class DirectLineOptionsValidatorTests
{
    public static TheoryData<string, Action<DirectLineOptions>> Invalid => new()
    {
        { "TokenLifetime", options => options.TokenLifetime = TimeSpan.FromSeconds(30) },
        { "StreamUrlLifetime", options => options.StreamUrlLifetime = TimeSpan.FromHours(1) },
        { "KeepAliveInterval", options => options.KeepAliveInterval = TimeSpan.Zero },
        { "ConversationGracePeriod", options => options.ConversationGracePeriod = TimeSpan.FromMinutes(-1) },
        { "SweepInterval", options => options.SweepInterval = TimeSpan.FromDays(1) },
        { "MaxActivitiesPerConversation", options => options.MaxActivitiesPerConversation = 0 },
        { "MaxConversations", options => options.MaxConversations = 0 },
        { "MaxRequestBodyBytes", options => options.MaxRequestBodyBytes = 10 },
        { "MaxBytesPerConversation", options => options.MaxBytesPerConversation = options.MaxRequestBodyBytes },
        { "MaxTotalBytes", options => options.MaxTotalBytes = 2L * options.MaxBytesPerConversation },
        { "TokenRequestsPerMinute", options => options.TokenRequestsPerMinute = 0 },
        { "TokenSigningKey", options => options.TokenSigningKey = "too short" },
        { "BotId", options => options.BotId = " " },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void AnOutOfRangeValue_FailsNamingItsKey(string key, Action<DirectLineOptions> breakIt)
    {
        var options = new DirectLineOptions();
        breakIt(options);

        var result = new DirectLineOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"DirectLine:{key}", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaults_AreValid()
    {
        Assert.True(new DirectLineOptionsValidator().Validate(null, new DirectLineOptions()).Succeeded);
    }
}
