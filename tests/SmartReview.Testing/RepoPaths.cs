namespace SmartReview.Testing;

/// <summary>Paths in the repository: the folder the test project was built from (walking up to SmartReview.sln as a fallback).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string StarterPack => Path.Combine(Root, "rules", "packs", "starter", "pack.json");

    private static string FindRoot()
    {
        string? built = typeof(RepoPaths).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepoRoot")?.Value;
        if (built is not null && File.Exists(Path.Combine(built, "SmartReview.sln")))
        {
            return built;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartReview.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SmartReview.sln not found above " + AppContext.BaseDirectory);
    }
}
