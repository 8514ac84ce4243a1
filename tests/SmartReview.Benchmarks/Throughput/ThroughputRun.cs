using System.Diagnostics;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>One end-to-end run: a JSON Lines file through <see cref="BatchScorer"/> to a flags file, with its GC and CPU cost.</summary>
internal sealed record ThroughputRun(BatchSummary Summary, TimeSpan Elapsed, TimeSpan Cpu, long FlagsBytes, long Allocated,
    int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public double PerMinute => Summary.Received / Elapsed.TotalMinutes;

    public double MegabytesPerSecond => Summary.Bytes / 1048576.0 / Elapsed.TotalSeconds;

    /// <summary>Cores kept busy on average (process CPU time over wall time).</summary>
    public double CoresBusy => Cpu / Elapsed;

    public static async Task<ThroughputRun> Measure(CompiledPack pack, string input, string flagsPath, int workers)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime, pauseBefore = GC.GetTotalPauseDuration();
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        BatchSummary summary;
        await using (var flags = new FileStream(flagsPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20))
        await using (var settlements = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            var scorer = new BatchScorer(new PackRegistry(pack), new InMemoryStayHistory(pack.HistoryRetentionDays), workers);
            summary = await scorer.ScoreAsync(settlements, new JsonLinesSink(flags, Stream.Null));
        }

        clock.Stop();
        process.Refresh();
        return new ThroughputRun(summary, clock.Elapsed, process.TotalProcessorTime - cpuBefore, new FileInfo(flagsPath).Length,
            GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1,
            GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - pauseBefore);
    }
}
