using System.Diagnostics;
using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Compile;

/// <summary>
/// Measure 3: <see cref="PackCompiler.Compile(RulePack, IReadOnlyDictionary{string, Rules.Families.IRuleFamily}?)"/> on a
/// pack of 20,000 rules built in code (median of 5 after a warm-up), and the starter pack loaded from disk.
/// </summary>
internal static class CompileBenchmark
{
    public const int DefaultRules = 20_000;
    private const int Runs = 5;

    public static void Run(BenchOptions options)
    {
        // The starter pack first, so that its first load is a cold one (nothing loaded or JIT-compiled yet).
        TimeSpan cold = Time(() => PackCompiler.Load(BenchPacks.Path(BenchPacks.Starter)));
        TimeSpan[] read = [.. Enumerable.Range(0, Runs).Select(_ => Time(() => PackLoader.Load(BenchPacks.Path(BenchPacks.Starter))))];
        TimeSpan[] load = [.. Enumerable.Range(0, Runs).Select(_ => Time(() => PackCompiler.Load(BenchPacks.Path(BenchPacks.Starter))))];
        CompiledPack starter = BenchPacks.Load(BenchPacks.Starter);
        new Table($"Starter pack from disk ({starter.Rules.Count} rules, {starter.Source.Knowledge.Count} knowledge entries)", "what", "ms")
            .Row("first load in the process (cold: includes JIT)", Ms(cold))
            .Row($"read pack + knowledge (PackLoader.Load), median of {Runs}", Ms(Median(read)))
            .Row($"read + compile (PackCompiler.Load), median of {Runs}", Ms(Median(load)))
            .Print();

        int rules = options.CountOr(DefaultRules);
        var build = Stopwatch.StartNew();
        RulePack pack = LargePackBuilder.Build(rules);
        build.Stop();
        CompiledPack compiled = PackCompiler.Compile(pack);
        TimeSpan[] times = [.. Enumerable.Range(0, Runs).Select(_ => Time(() => PackCompiler.Compile(pack)))];
        int codes = pack.Rules.Where(r => r.Knowledge is not null).Sum(r => pack.Knowledge.Set(r.Knowledge!).Sum(e => e.Codes.Count));
        var table = new Table($"Compile a {N(rules)}-rule pack (goal < 1 s)", "what", "value")
            .Row("rules", N(compiled.Rules.Count))
            .Row("families", pack.Rules.Select(r => r.Family).Distinct().Count())
            .Row("knowledge entries", N(pack.Knowledge.Count))
            .Row("codes indexed", N(codes))
            .Row("building the pack in code (ms, not counted)", Ms(build.Elapsed))
            .Row($"**PackCompiler.Compile, median of {Runs} (ms)**", $"**{Ms(Median(times))}**")
            .Row("fastest / slowest (ms)", $"{Ms(times.Min())} / {Ms(times.Max())}")
            .Row("all runs (ms)", string.Join(", ", times.Select(Ms)));
        table.Print();
    }

    private static TimeSpan Median(TimeSpan[] times) => TimeSpan.FromTicks((long)Format.Median(times.Select(t => (double)t.Ticks)));

    private static TimeSpan Time(Action action)
    {
        GC.Collect();
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed;
    }
}
