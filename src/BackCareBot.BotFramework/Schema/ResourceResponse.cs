namespace BackCareBot.BotFramework.Schema;

/// <summary>The id a channel gave to an activity the bot sent; null when nothing was sent or the channel gave none.</summary>
public sealed class ResourceResponse
{
    public ResourceResponse()
    {
    }

    public ResourceResponse(string? id) => Id = id;

    public string? Id { get; set; }
}
