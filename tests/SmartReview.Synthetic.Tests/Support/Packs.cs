using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SmartReview.Rules.Engine;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>
/// The packs the tests generate for: the repository's starter, national, provincial and local packs, and under TestData
/// a stress pack and a pack of rules that break each other or need a rare stay (conflict); and the national pack after
/// it followed a batch of new rule families (<see cref="FollowedNational"/>).
/// </summary>
internal static class Packs
{
    public const string Starter = "starter", Stress = "stress", National = "national", Provincial = "provincial", Local = "local", Conflict = "conflict",
        FollowedNational = "national-followed";

    private static readonly ConcurrentDictionary<string, CompiledPack> Compiled = new();

    public static CompiledPack Get(string name) => Compiled.GetOrAdd(name, n => PackCompiler.Load(PathOf(n)));

    private static string PathOf(string name) => name switch
    {
        Starter or National or Provincial or Local => Path.Combine(RepositoryRoot(), "rules", "packs", name, "pack.json"),
        FollowedNational => FollowNational(),
        _ => Path.Combine(AppContext.BaseDirectory, "TestData", $"{name}-pack", "pack.json"),
    };

    /// <summary>A copy of the national pack after importing the real points and TestData/knowledge/family-batch-1.jsonl with it.</summary>
    private static string FollowNational()
    {
        string national = Path.Combine(RepositoryRoot(), "rules", "packs", "national");
        string folder = Path.Combine(AppContext.BaseDirectory, "runs", Guid.NewGuid().ToString("N")), knowledge = Path.Combine(folder, "knowledge");
        Directory.CreateDirectory(knowledge);
        File.Copy(Path.Combine(national, "pack.json"), Path.Combine(folder, "pack.json"));
        string points = Environment.GetEnvironmentVariable("NHSA_KNOWLEDGE_POINTS")
            ?? Path.Combine(RepositoryRoot(), "..", "shared", "domain", "knowledge", "nhsa-knowledge-points.jsonl");
        var report = Knowledge.NhsaImport.Run([points, Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge", "family-batch-1.jsonl")],
            new Knowledge.ImportOptions(), knowledge);
        Knowledge.Packs.PackFollower.Follow(Path.Combine(folder, "pack.json"), knowledge, report, new Knowledge.ImportOptions());
        return Path.Combine(folder, "pack.json");
    }

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
