using SmartReview.Rules.Engine;

namespace SmartReview.Benchmarks.Support;

/// <summary>The starter pack, copied beside the executable at build time.</summary>
internal static class StarterPack
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "packs", "starter", "pack.json");

    public static CompiledPack Load() => PackCompiler.Load(Path);
}
