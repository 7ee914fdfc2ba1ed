using BackCareBot.LoadBenchmark;
using BackCareBot.LoadBenchmark.Floor;

if (args is [FloorServer.Verb, ..])
{
    await FloorServer.RunAsync(args[1..]);
    return 0;
}

BenchmarkSettings settings;
try
{
    settings = BenchmarkSettings.Parse(args);
}
catch (Exception exception) when (exception is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(exception.Message);
    return ExitCodes.Usage;
}

return await LoadBenchmarkRun.RunAsync(settings, Console.Out);
