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
        { "Secret", options => options.Mode = DirectLineMode.AzureBotService },
        { "AzureBaseUrl", options => AzureWith(options, "http://directline.botframework.com/") },
        { "AzureBaseUrl", options => AzureWith(options, "https://directline.botframework.com/?code=1") },
        { "AzureBaseUrl", options => AzureWith(options, "ftp://127.0.0.1/") },
    };

    [Theory]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    [InlineData("http://127.0.0.1:5000/")]
    public void AzureBotServiceWithASecretAndAnHttpsOrLoopbackUrl_IsValid(string url)
    {
        var options = new DirectLineOptions();
        AzureWith(options, url);

        Assert.True(new DirectLineOptionsValidator().Validate(null, options).Succeeded);
    }

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

    private static void AzureWith(DirectLineOptions options, string url)
    {
        options.Mode = DirectLineMode.AzureBotService;
        options.Secret = "a-secret";
        options.AzureBaseUrl = new Uri(url);
    }

    [Fact]
    public void TheDefaults_AreValid()
    {
        Assert.True(new DirectLineOptionsValidator().Validate(null, new DirectLineOptions()).Succeeded);
    }
}
