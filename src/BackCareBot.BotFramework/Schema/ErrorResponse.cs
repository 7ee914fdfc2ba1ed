namespace BackCareBot.BotFramework.Schema;

/// <summary>The Bot Framework error body: <c>{"error":{"code":"...","message":"..."}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorResponse()
    {
    }

    public ErrorResponse(string code, string message) => Error = new Error { Code = code, Message = message };

    public Error? Error { get; set; }
}
