using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

public sealed class InnerHttpError
{
    public int? StatusCode { get; set; }

    public JsonElement? Body { get; set; }
}
