using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

/// <summary>
/// The HTTP status and body a turn answers with. The bot produces one for an <c>invoke</c> by sending an
/// <see cref="ActivityTypes.InvokeResponse"/> activity whose value is this object.
/// </summary>
public sealed class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, JsonElement? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    public JsonElement? Body { get; set; }
}
