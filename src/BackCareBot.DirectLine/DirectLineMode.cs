namespace BackCareBot.DirectLine;

/// <summary>Which Direct Line the web chat page talks to (<c>DirectLine:Mode</c>).</summary>
public enum DirectLineMode
{
    /// <summary>The bot's own Direct Line, in its memory: one machine, no cloud account.</summary>
    BuiltIn,

    /// <summary>
    /// Azure Bot Service's Direct Line: the token route exchanges <c>DirectLine:Secret</c>, which stays on the server,
    /// for a conversation token, and the page talks to Azure, which delivers turns to <c>/api/messages</c> on any
    /// instance. The built-in routes under <c>/v3/directline</c> are not mapped.
    /// </summary>
    AzureBotService,
}
