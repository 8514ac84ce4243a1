using SmartReview.Rules.Engine;

namespace SmartReview.Benchmarks.Support;

/// <summary>The repository's packs (starter, national, provincial, local), copied beside the executable at build time.</summary>
internal static class BenchPacks
{
    public const string Starter = "starter";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "packs", name, "pack.json");

    public static CompiledPack Load(string name) => PackCompiler.Load(Path(name));
}
