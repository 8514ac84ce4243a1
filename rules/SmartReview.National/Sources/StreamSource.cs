namespace SmartReview.National.Sources;

/// <summary>Files a host already has as streams (named for rejects); each stream is read once and disposed by the fold.</summary>
public sealed class StreamSource(IEnumerable<(string Name, Func<Stream> Open)> files) : IExtractSource
{
    /// <inheritdoc />
    public IReadOnlyList<ExtractFile> Files { get; } = [.. files.Select(f => new ExtractFile(f.Name, 0, f.Open))];
}
