using System.Diagnostics;
using System.IO.Pipelines;
using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Synthetic;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Memory;

/// <summary>
/// Measure 2: memory on a long stream. The generator writes into an in-process pipe on its own thread and
/// <see cref="BatchScorer"/> reads the other end (10 million settlements would be over 100 GB on disk); flags go
/// to a counting stream. Working set sampled every second and at every tenth of the count.
/// </summary>
internal static class MemoryBenchmark
{
    public const int DefaultCount = 10_000_000;

    /// <summary>The longest span the generator allows: 10 years of discharges, so the stay history holds 120 days of them.</summary>
    public const int DefaultSpanDays = 3660;
    private const long Goal = 300L << 20;

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        int span = options.SpanDays ?? DefaultSpanDays;
        CompiledPack pack = StarterPack.Load();
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20, useSynchronizationContext: false));
        var history = new InMemoryStayHistory();
        var flags = new CountingStream();
        var scorer = new BatchScorer(new PackRegistry(pack), history, options.Workers);
        using var sampler = new MemorySampler(Math.Max(1, count / 10));
        scorer.Progress += s => sampler.Scored(s.Received);
        long startWorkingSet = Environment.WorkingSet;
        sampler.Start();
        var clock = Stopwatch.StartNew();
        Task<GenerationResult> writing = Task.Factory.StartNew(() => Generate(pack, SyntheticData.Options(count, options.Seed, span), pipe.Writer),
            TaskCreationOptions.LongRunning);
        BatchSummary summary;
        await using (Stream input = pipe.Reader.AsStream())
        {
            summary = await scorer.ScoreAsync(input, new JsonLinesSink(flags, Stream.Null));
        }

        GenerationResult generated = await writing;
        clock.Stop();
        sampler.Dispose();
        using var process = Process.GetCurrentProcess();
        Print(count, span, summary, generated, flags, history, clock.Elapsed, startWorkingSet, process.PeakWorkingSet64, sampler);
    }

    private static GenerationResult Generate(CompiledPack pack, GeneratorOptions options, PipeWriter writer)
    {
        try
        {
            using Stream output = writer.AsStream(leaveOpen: true);
            GenerationResult result = SyntheticBatch.Write(pack, options, output, Stream.Null);
            writer.Complete();
            return result;
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private static void Print(int count, int span, BatchSummary summary, GenerationResult generated, CountingStream flags,
        InMemoryStayHistory history, TimeSpan elapsed, long startWorkingSet, long peak, MemorySampler sampler)
    {
        long sampledPeak = sampler.EverySecond.Select(s => s.WorkingSet).DefaultIfEmpty(0).Max();
        new Table($"Memory: {N(count)} settlements streamed through a pipe (discharges over {N(span)} days)", "what", "value")
            .Row("settlements scored", N(summary.Received))
            .Row("lines (generator)", N(generated.Lines))
            .Row("bytes streamed (GB)", N(summary.Bytes / 1073741824.0, 1))
            .Row("flags (counted, not kept)", $"{N(summary.Flags)} ({Mb(flags.Bytes)} MB)")
            .Row("elapsed, generating and scoring (s)", Seconds(elapsed))
            .Row("settlements/min (generator-bound)", N(summary.Received / elapsed.TotalMinutes))
            .Row("working set before start (MB)", Mb(startWorkingSet))
            .Row("**peak working set (MB)** (Process.PeakWorkingSet64)", $"**{Mb(peak)}**")
            .Row("highest 1-second sample (MB)", Mb(sampledPeak))
            .Row("persons in the stay history at the end", N(history.PersonCount))
            .Row($"goal: flat, under {Mb(Goal)} MB", peak < Goal ? "met" : "not met")
            .Print();

        var curve = new Table("Working set as the stream goes on", "settlements scored", "elapsed (s)", "working set (MB)", "managed heap (MB)", "gen2 GCs so far");
        foreach (MemorySample s in sampler.Checkpoints)
        {
            curve.Row(N(s.Scored), Seconds(s.At), Mb(s.WorkingSet), Mb(s.ManagedHeap), s.Gen2);
        }

        curve.Print();
    }
}
