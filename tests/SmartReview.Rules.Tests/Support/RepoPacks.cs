using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Tests.Support;

/// <summary>The shipped provincial and local packs, each compiled once per test run.</summary>
internal static class RepoPacks
{
    private static readonly Lazy<CompiledPack> LazyProvincial = new(() => PackCompiler.Load(TestFiles.Repo("rules", "packs", "provincial", "pack.json")));

    private static readonly Lazy<CompiledPack> LazyLocal = new(() => PackCompiler.Load(TestFiles.Repo("rules", "packs", "local", "pack.json")));

    public static CompiledPack Provincial => LazyProvincial.Value;

    public static CompiledPack Local => LazyLocal.Value;
}
