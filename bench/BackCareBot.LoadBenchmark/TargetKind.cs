namespace BackCareBot.LoadBenchmark;

/// <summary>A server measured in the benchmark, how it hands back replies, and for the bot, its state store.</summary>
internal sealed record TargetKind(string Name, ServerKind Server, ReplyDelivery Delivery, StateStore Store = StateStore.Sqlite)
{
    public static readonly TargetKind Floor = new("floor", ServerKind.Floor, ReplyDelivery.ExpectReplies);
    public static readonly TargetKind FloorState = new("floor-state", ServerKind.FloorState, ReplyDelivery.ExpectReplies);
    public static readonly TargetKind Bot = new("bot", ServerKind.Bot, ReplyDelivery.ExpectReplies);
    public static readonly TargetKind BotMemory = new("bot-memory", ServerKind.Bot, ReplyDelivery.ExpectReplies, StateStore.Memory);
    public static readonly TargetKind BotBlob = new("bot-blob", ServerKind.Bot, ReplyDelivery.ExpectReplies, StateStore.AzureBlob);
    public static readonly TargetKind JsEcho = new("js-echo", ServerKind.JsEcho, ReplyDelivery.ExpectReplies);
    public static readonly TargetKind BotConnector = new("bot-connector", ServerKind.Bot, ReplyDelivery.Connector);
    public static readonly TargetKind JsEchoConnector = new("js-echo-connector", ServerKind.JsEcho, ReplyDelivery.Connector);

    public static IReadOnlyList<TargetKind> All { get; } = [Floor, FloorState, Bot, BotMemory, BotBlob, JsEcho, BotConnector, JsEchoConnector];
}
