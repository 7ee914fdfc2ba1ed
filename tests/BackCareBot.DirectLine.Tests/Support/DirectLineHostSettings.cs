using BackCareBot.BotFramework.Pipeline;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>What a test changes about its host; everything else is the real composition.</summary>
internal sealed class DirectLineHostSettings
{
    public Dictionary<string, string?> Configuration { get; } = new();

    public FakeTimeProvider? Time { get; init; }

    public ITurnErrorRecovery? Recovery { get; init; }

    public IList<IMiddleware> Middleware { get; } = [];

    /// <summary>Server limits to set, such as a minimum request body rate.</summary>
    public Action<KestrelServerOptions>? Kestrel { get; init; }
}
