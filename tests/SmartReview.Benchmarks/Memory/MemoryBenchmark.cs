using System.Diagnostics;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
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

    public static void Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        int span = options.SpanDays ?? DefaultSpanDays;
        using var sampler = new MemorySampler(Math.Max(1, count / 10));
        long startWorkingSet = Environment.WorkingSet;
        Streamed run = Stream(BenchPacks.Load(options.Pack), SyntheticData.Options(count, options.Seed, span), options.Workers, sampler);
        sampler.Dispose();
        using var process = Process.GetCurrentProcess();
        long peak = process.PeakWorkingSet64;

        // Stream() has returned, so its stay history and scorers are garbage now: the difference is what they held.
        long scorerBytes = run.LiveHeap - GC.GetTotalMemory(forceFullCollection: true);
        Print(count, span, run, scorerBytes, startWorkingSet, peak, sampler);
    }

    /// <summary>What one streamed run produced, and the live heap at its end while the scorer and history were still reachable.</summary>
    private sealed record Streamed(BatchSummary Summary, GenerationResult Generated, long FlagBytes, int Persons, long LiveHeap, TimeSpan Elapsed);

    /// <summary>Generator → pipe → scorer. Not inlined and not async, so nothing it created outlives its frame.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Streamed Stream(CompiledPack pack, GeneratorOptions options, int workers, MemorySampler sampler)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 4 << 20, resumeWriterThreshold: 2 << 20, useSynchronizationContext: false));
        var history = new InMemoryStayHistory(pack.HistoryRetentionDays);
        var flags = new CountingStream();
        var scorer = new BatchScorer(new PackRegistry(pack), history, workers);
        scorer.Progress += s => sampler.Scored(s.Received);
        sampler.Start();
        var clock = Stopwatch.StartNew();
        Task<GenerationResult> writing = Task.Factory.StartNew(() => Generate(pack, options, pipe.Writer), TaskCreationOptions.LongRunning);
        BatchSummary summary;
        using (System.IO.Stream input = pipe.Reader.AsStream())
        {
            summary = scorer.ScoreAsync(input, new JsonLinesSink(flags, System.IO.Stream.Null)).GetAwaiter().GetResult();
        }

        GenerationResult generated = writing.GetAwaiter().GetResult();
        clock.Stop();
        return new Streamed(summary, generated, flags.Bytes, history.PersonCount, GC.GetTotalMemory(forceFullCollection: true), clock.Elapsed);
    }

    private static GenerationResult Generate(CompiledPack pack, GeneratorOptions options, PipeWriter writer)
    {
        try
        {
            using System.IO.Stream output = writer.AsStream(leaveOpen: true);
            GenerationResult result = SyntheticBatch.Write(pack, options, output, System.IO.Stream.Null);
            writer.Complete();
            return result;
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private static void Print(int count, int span, Streamed run, long scorerBytes, long startWorkingSet, long peak, MemorySampler sampler)
    {
        long sampledPeak = sampler.EverySecond.Select(s => s.WorkingSet).DefaultIfEmpty(0).Max();
        new Table($"Memory: {N(count)} settlements streamed through a pipe (discharges over {N(span)} days)", "what", "value")
            .Row("settlements scored", N(run.Summary.Received))
            .Row("lines (generator)", N(run.Generated.Lines))
            .Row("bytes streamed (GB)", N(run.Summary.Bytes / 1073741824.0, 1))
            .Row("flags (counted, not kept)", $"{N(run.Summary.Flags)} ({Mb(run.FlagBytes)} MB)")
            .Row("elapsed, generating and scoring (s)", Seconds(run.Elapsed))
            .Row("settlements/min (generator-bound)", N(run.Summary.Received / run.Elapsed.TotalMinutes))
            .Row("working set before start (MB)", Mb(startWorkingSet))
            .Row("**peak working set (MB)** (Process.PeakWorkingSet64)", $"**{Mb(peak)}**")
            .Row("highest 1-second sample (MB)", Mb(sampledPeak))
            .Row("live managed heap at the end, after a full GC (MB)", Mb(run.LiveHeap))
            .Row("of which the stay history and the scorers' caches (MB)", $"{Mb(scorerBytes)} ({N(run.Persons)} persons in the history)")
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
