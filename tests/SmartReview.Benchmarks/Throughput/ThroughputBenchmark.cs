using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>
/// Measure 1: a realistic year of the seed city generated into a JSON Lines file, then scored end to end (file →
/// BatchScorer with the chosen pack (starter by default) and an in-memory stay history → JsonLinesSink → flags file), three times.
/// </summary>
internal static class ThroughputBenchmark
{
    public const int DefaultCount = 345_600;
    private const int Runs = 3;
    private const double Goal = 2_000_000;

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        CompiledPack pack = BenchPacks.Load(options.Pack);
        string input = Path.Combine(options.DataDirectory, $"settlements-{options.Pack}-{count}-seed{options.Seed}.jsonl");
        string flags = Path.Combine(options.DataDirectory, "flags.jsonl");
        GenerationResult generated = SyntheticData.WriteFile(pack, count, options.Seed, input);
        long size = new FileInfo(input).Length;
        new Table($"Throughput input: {N(count)} settlements, seed {options.Seed}, pack {options.Pack} ({pack.Rules.Count} rules)", "what", "value")
            .Row("file", input)
            .Row("file size (MB)", Mb(size))
            .Row("lines per settlement (mean)", N((double)generated.Lines / generated.Records, 1))
            .Row("bytes per settlement (mean)", N((double)size / generated.Records))
            .Row("planted violations", N(generated.Violations))
            .Row("generation time (s)", Seconds(generated.Elapsed))
            .Row("generation rate (settlements/s)", N(generated.RecordsPerSecond))
            .Print();

        var runs = new List<ThroughputRun>();
        for (int i = 0; i < Runs; i++)
        {
            runs.Add(await ThroughputRun.Measure(pack, input, flags, options.Workers));
        }

        PrintRuns(runs, count);
        StageProfile.Run(pack, options.Pack, input, Math.Min(count, StageProfile.DefaultCount));
    }

    private static void PrintRuns(List<ThroughputRun> runs, int count)
    {
        var table = new Table($"Throughput end to end ({N(count)} settlements, {Environment.ProcessorCount} cores, goal ≥ {N(Goal)}/min)",
            "run", "elapsed (s)", "settlements/min", "MB/s", "flags", "flagged settlements", "rejected", "flags file (MB)",
            "cores busy", "allocated (MB/settlement)", "GC gen0/1/2", "GC pause (s)");
        foreach ((ThroughputRun r, int i) in runs.Select((r, i) => (r, i + 1)))
        {
            table.Row(i, Seconds(r.Elapsed), N(r.PerMinute), N(r.MegabytesPerSecond, 1), N(r.Summary.Flags), N(r.Summary.FlaggedSettlements),
                N(r.Summary.Rejected), Mb(r.FlagsBytes), N(r.CoresBusy, 2), N(r.Allocated / 1048576.0 / r.Summary.Received, 3),
                $"{r.Gen0}/{r.Gen1}/{r.Gen2}", Seconds(r.GcPause));
        }

        ThroughputRun median = runs.OrderBy(r => r.Elapsed).ElementAt(runs.Count / 2);
        table.Row("**median**", Seconds(median.Elapsed), $"**{N(median.PerMinute)}**", N(median.MegabytesPerSecond, 1), N(median.Summary.Flags),
            N(median.Summary.FlaggedSettlements), N(median.Summary.Rejected), Mb(median.FlagsBytes), N(median.CoresBusy, 2),
            N(median.Allocated / 1048576.0 / median.Summary.Received, 3), $"{median.Gen0}/{median.Gen1}/{median.Gen2}", Seconds(median.GcPause));
        table.Print();
        Console.WriteLine();
        Console.WriteLine($"Median {N(median.PerMinute)} settlements/min: {(median.PerMinute >= Goal ? "meets" : "below")} the goal of {N(Goal)}/min "
            + $"({N(median.PerMinute / Goal * 100, 0)}%).");
    }
}
