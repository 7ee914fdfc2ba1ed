using BackCareBot.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["--allocation-check"])
{
    return AllocationCheck.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(UnderstandingBenchmarks).Assembly).Run(args);
return 0;
