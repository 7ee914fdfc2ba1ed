namespace BackCareBot.DirectLine.AzureBotService;

internal sealed record AzureTokenUser(string Id);
