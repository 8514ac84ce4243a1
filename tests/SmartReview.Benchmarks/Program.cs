using SmartReview.Benchmarks;
using SmartReview.Benchmarks.Compile;
using SmartReview.Benchmarks.Dashboard;
using SmartReview.Benchmarks.Durable;
using SmartReview.Benchmarks.Memory;
using SmartReview.Benchmarks.Replay;
using SmartReview.Benchmarks.RulesEngineComparison;
using SmartReview.Benchmarks.Support;
using SmartReview.Benchmarks.Throughput;

if (BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 1;
}

Machine.Print();
Console.WriteLine();
Console.WriteLine($"Command: {options.Measure} {string.Join(' ', args.Skip(1))}".TrimEnd());
if (options.Runs("compile"))
{
    CompileBenchmark.Run(options);
}

if (options.Runs("throughput"))
{
    await ThroughputBenchmark.Run(options);
}

if (options.Runs("rulesengine"))
{
    RulesEngineBenchmark.Run(options);
}

if (options.Runs("replay"))
{
    await ReplayBenchmark.Run(options);
}

if (options.Runs("orchestrations"))
{
    await OrchestrationBenchmark.Run(options);
}

if (options.Runs("caseflows"))
{
    await CaseFlowBenchmark.Run(options);
}

if (options.Measure == "dashboard")
{
    await DashboardBenchmark.Run(options);
}

if (options.Runs("memory"))
{
    MemoryBenchmark.Run(options);
}

Console.WriteLine();
Console.WriteLine($"Load average at the end: {Machine.LoadAverage()}");
return 0;
