using System.Runtime.CompilerServices;

namespace SmartReview.Knowledge.Tests.Support;

/// <summary>Where the tests find their data, the repository and the national knowledge points.</summary>
internal static class Paths
{
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The repository root, from this source file's path (the build output may live anywhere).</summary>
    public static string Repository => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourceFile())!, "..", "..", ".."));

    /// <summary>The real NHSA file: <c>NHSA_KNOWLEDGE_POINTS</c>, else <c>../shared/domain/knowledge/</c> beside the repository (README).</summary>
    public static string NhsaPoints =>
        Environment.GetEnvironmentVariable("NHSA_KNOWLEDGE_POINTS")
        ?? Path.GetFullPath(Path.Combine(Repository, "..", "shared", "domain", "knowledge", "nhsa-knowledge-points.jsonl"));

    public static string NationalKnowledge => Path.Combine(Repository, "rules", "packs", "national", "knowledge");

    /// <summary>A fresh folder under the test output for one test's files.</summary>
    public static string TempFolder()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "runs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
