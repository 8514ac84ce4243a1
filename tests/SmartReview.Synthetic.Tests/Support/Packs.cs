using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SmartReview.Rules.Engine;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>
/// The packs the tests generate for: the repository's starter, national, provincial and local packs, and under TestData
/// a stress pack and a pack of rules that break each other or need a rare stay (conflict).
/// </summary>
internal static class Packs
{
    public const string Starter = "starter", Stress = "stress", National = "national", Provincial = "provincial", Local = "local", Conflict = "conflict";

    private static readonly ConcurrentDictionary<string, CompiledPack> Compiled = new();

    public static CompiledPack Get(string name) => Compiled.GetOrAdd(name, n => PackCompiler.Load(PathOf(n)));

    private static string PathOf(string name) => name is Starter or National or Provincial or Local
        ? Path.Combine(RepositoryRoot(), "rules", "packs", name, "pack.json")
        : Path.Combine(AppContext.BaseDirectory, "TestData", $"{name}-pack", "pack.json");

    /// <summary>
    /// The directory holding SmartReview.sln, found by walking up from the test binaries, the working directory or,
    /// when binaries are built outside the tree (--artifacts-path), this source file.
    /// </summary>
    public static string RepositoryRoot([CallerFilePath] string source = "")
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(source) ?? "" })
        {
            for (DirectoryInfo? dir = start.Length == 0 ? null : new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SmartReview.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"no SmartReview.sln above {AppContext.BaseDirectory} or {source}");
    }
}
