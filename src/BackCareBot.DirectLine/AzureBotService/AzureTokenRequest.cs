namespace BackCareBot.DirectLine.AzureBotService;

/// <summary>
/// The body of <c>tokens/generate</c>: the user the token is bound to, so a page cannot speak as another user (Azure's
/// enhanced authentication reads ids starting <c>dl_</c> as ones the server chose).
/// </summary>
internal sealed record AzureTokenRequest(AzureTokenUser User);
