namespace BackCareBot.DirectLine;

/// <summary>The built-in Direct Line (section <c>DirectLine</c>). Every value is validated when the host starts.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The built-in Direct Line (default), or Azure Bot Service's with a token exchanged on the server.</summary>
    public DirectLineMode Mode { get; set; } = DirectLineMode.BuiltIn;

    /// <summary>
    /// For <see cref="DirectLineMode.AzureBotService"/>: the Direct Line channel's secret key, from app settings or Key
    /// Vault. It is sent only to <see cref="AzureBaseUrl"/>, never to a browser.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// For <see cref="DirectLineMode.AzureBotService"/>: Azure's Direct Line, https. A regional bot uses its region's
    /// (<c>https://europe.directline.botframework.com/</c>, <c>https://india.directline.botframework.com/</c>).
    /// </summary>
    public Uri AzureBaseUrl { get; set; } = new("https://directline.botframework.com/");

    /// <summary>How long a token is valid. Web Chat refreshes its token every 15 minutes, so 30 minutes leaves a margin.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stream URL can be used to open its WebSocket (it carries a stream-only token in its query).</summary>
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The secret tokens are signed with (at least 32 characters). Empty: a random key made when the process starts, so
    /// tokens die with the process. Set it (from a secret store, never in a file) when several instances must accept
    /// each other's tokens.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How often an idle WebSocket gets an empty message, so proxies and browsers keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A conversation nobody has touched for the token lifetime plus this long is deleted.</summary>
    public TimeSpan ConversationGracePeriod { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often expired conversations are looked for.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Activities kept per conversation; older ones are dropped while watermarks keep counting.</summary>
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>Bytes of activity JSON kept per conversation, so a few huge activities cannot hold a lot of memory.</summary>
    public int MaxBytesPerConversation { get; set; } = 256 * 1024;

    /// <summary>Conversations kept at once; starting one more deletes the least recently used.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>
    /// Bytes of activity JSON kept across all conversations (256 MB): past it, the least recently used conversations are
    /// deleted. Sized for the template's smallest plan (B1, 1.75 GB, beside the bot's own ~250 MB peak); without it
    /// the per-conversation bounds allow 10,000 × 256 KB, about 2.5 GB.
    /// </summary>
    public long MaxTotalBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Largest request body accepted, in bytes. Web Chat sends text and small card values.</summary>
    public int MaxRequestBodyBytes { get; set; } = 32 * 1024;

    /// <summary>Tokens one client address may get from <c>POST /api/directline/token</c> per minute.</summary>
    public int TokenRequestsPerMinute { get; set; } = 20;

    /// <summary>The bot's account in Direct Line conversations (<c>recipient</c> of what users send).</summary>
    public string BotId { get; set; } = "backcarebot";

    public string BotName { get; set; } = "BackCareBot";
}
