using System.Runtime.CompilerServices;

namespace SmartReview.Rules.Tests.Support;

/// <summary>Where the repository and the copied test data are.</summary>
internal static class TestFiles
{
    public static string Data(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>The repository root, from this source file's location (the build output may live elsewhere).</summary>
    public static string Repo(params string[] parts) => Path.Combine([RepoRoot(), .. parts]);

    private static string RepoRoot([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
