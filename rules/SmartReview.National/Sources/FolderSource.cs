namespace SmartReview.National.Sources;

/// <summary>Every <c>.csv</c> / <c>.txt</c> file directly in a folder, by name.</summary>
public sealed class FolderSource : IExtractSource
{
    /// <summary>Lists the folder's files now.</summary>
    public FolderSource(string folder)
    {
        Files = [.. Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new ExtractFile(Path.GetFileName(f), new FileInfo(f).Length,
                () => new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)))];
    }

    /// <inheritdoc />
    public IReadOnlyList<ExtractFile> Files { get; }
}
