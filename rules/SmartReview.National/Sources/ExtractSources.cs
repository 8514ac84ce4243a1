namespace SmartReview.National.Sources;

/// <summary>Opens a path as an extract: a folder of CSV files or a <c>.zip</c> of them.</summary>
public static class ExtractSources
{
    /// <summary>True when <paramref name="path"/> is a folder or a <c>.zip</c> file: a national extract rather than JSON Lines.</summary>
    public static bool IsExtract(string path) =>
        Directory.Exists(path) || (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase));

    /// <summary>The source for a folder or a zip; dispose it when the fold is done.</summary>
    public static IExtractSource Open(string path) => Directory.Exists(path) ? new FolderSource(path) : new ZipSource(path);
}
