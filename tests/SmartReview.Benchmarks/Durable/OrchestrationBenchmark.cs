using System.Diagnostics;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Benchmarks.Replay;
using SmartReview.Benchmarks.Support;
using SmartReview.Workflow;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Durable;

/// <summary>
/// Orchestrations opened per second through the host's sidecar on a fresh Azurite: N deadline timers, each of its own
/// instant a month ahead (so none fires), started one at a time (as the host arms them) and then 16 at once. Times
/// the starts (the instance scheduled in the task hub) and until the worker has run each to its durable timer.
/// </summary>
internal static class OrchestrationBenchmark
{
    public const int DefaultCount = 2_000;
    private static readonly int[] InFlight = [1, 16];

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        using LocalAzurite azurite = LocalAzurite.Start(Path.Combine(options.DataDirectory, "azurite"), options.AzuriteInMemory);
        await using DurableRig rig = await DurableRig.StartAsync(azurite.ConnectionString, BenchPacks.Load(options.Pack));
        var client = rig.Services.GetRequiredService<DurableTaskClient>();
        var table = new Table($"{N(count)} orchestrations started on Azurite ({(options.AzuriteInMemory ? "in memory" : "disk")}), {Environment.ProcessorCount} cores",
            "starts in flight", "started (s)", "starts per second", "all waiting on their timer (s)", "Azurite CPU (s)");
        DateTimeOffset first = DateTimeOffset.UtcNow.AddDays(30);
        foreach (int inFlight in InFlight)
        {
            int before = await rig.CountInstancesAsync("Running");
            DateTimeOffset from = first.AddDays(inFlight);
            double storage = azurite.CpuSeconds();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = inFlight }, async (i, cancel) =>
            {
                DateTimeOffset due = from.AddSeconds(i);
                await client.ScheduleNewOrchestrationInstanceAsync(nameof(DeadlineOrchestrator), due, new StartOrchestrationOptions(DeadlineInstance.IdOf(due)), cancel);
            });
            TimeSpan started = clock.Elapsed;
            while (await rig.CountInstancesAsync("Running") < before + count)
            {
                await Task.Delay(250);
            }

            table.Row(inFlight, Seconds(started), N(count / started.TotalSeconds, 1), Seconds(clock.Elapsed), N(azurite.CpuSeconds() - storage, 1));
        }

        table.Print();
    }
}
