namespace SmartReview.National.Sources;

/// <summary>
/// Files a host has as streams (named for rejects), e.g. blobs: each opener is called twice (header check, then the
/// read) and must return a fresh stream each time; the fold disposes them.
/// </summary>
public sealed class StreamSource(IEnumerable<(string Name, Func<Stream> Open)> files) : IExtractSource
{
    /// <inheritdoc />
    public IReadOnlyList<ExtractFile> Files { get; } = [.. files.Select(f => new ExtractFile(f.Name, 0, f.Open))];
}
