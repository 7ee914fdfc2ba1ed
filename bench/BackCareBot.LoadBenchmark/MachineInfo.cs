using System.Runtime.InteropServices;

namespace BackCareBot.LoadBenchmark;

/// <summary>What the figures depend on: the processor, how many cores, and how busy the machine was.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var model = ReadFirst("/proc/cpuinfo", "model name")?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        return $"{model}, {Environment.ProcessorCount} cores; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1, 5 and 15 minute load averages, or "?" where /proc does not say.</summary>
    public static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string? ReadFirst(string path, string prefix)
    {
        try
        {
            return File.ReadLines(path).FirstOrDefault(line => line.StartsWith(prefix, StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
