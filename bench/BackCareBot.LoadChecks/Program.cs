using System.Diagnostics;
using BackCareBot.LoadChecks;

LoadCheckSettings settings;
try
{
    settings = LoadCheckSettings.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException or UriFormatException)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

using var deadline = new CancellationTokenSource(settings.TotalTimeout);
BotProcess? startedBot = null;
try
{
    if (settings.BotUrl is null)
    {
        Console.WriteLine("Building and starting BackCareBot...");
        startedBot = await BotProcess.StartAsync(settings.BuildArtifactsPath, deadline.Token);
    }

    var botUrl = settings.BotUrl ?? startedBot!.Url;
    Console.WriteLine($"Load check against {botUrl}");
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var http = new HttpClient(handler) { BaseAddress = botUrl, Timeout = settings.ReplyTimeout };
    var clock = Stopwatch.StartNew();
    var results = await Task.WhenAll(Enumerable.Range(0, settings.Conversations)
        .Select(index => new WebChatSession(http, index, settings).RunAsync(deadline.Token)));
    clock.Stop();
    return LoadReport.Print(settings, results, clock.Elapsed, Console.Out) ? 0 : 1;
}
catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or OperationCanceledException)
{
    Console.Error.WriteLine($"The load check could not run: {exception.Message}");
    return 3;
}
finally
{
    if (startedBot is not null)
    {
        await startedBot.DisposeAsync();
    }
}
