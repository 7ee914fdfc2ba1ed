namespace BackCareBot.BotFramework.Schema;

#pragma warning disable CA1716 // "Error" is the Bot Framework schema's own name for this object.
public sealed class Error
#pragma warning restore CA1716
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public InnerHttpError? InnerHttpError { get; set; }
}
