namespace BackCareBot.LoadBenchmark;

internal enum ServerKind
{
    /// <summary>BackCareBot itself: the built BackCareBot.dll.</summary>
    Bot,

    /// <summary>The bare Kestrel endpoint (this program's <c>floor</c> verb).</summary>
    Floor,

    /// <summary>The bare endpoint plus the turn's state read and write on the bot's default store (SQLite).</summary>
    FloorState,

    /// <summary>The official JS SDK's echo bot (<c>bench/js-echo</c>).</summary>
    JsEcho,
}
