namespace SmartReview.National.Sources;

/// <summary>
/// Where an extract's files come from: a folder, a zip, or streams handed in by a host (an upload, a blob). Each
/// file is opened twice, one at a time: first for its header only (which table it holds; all files are checked before
/// any row is read), then to read it to its end. <see cref="ExtractFile.Open"/> must give a fresh stream each call.
/// </summary>
public interface IExtractSource
{
    /// <summary>The files to read, in a stable order.</summary>
    IReadOnlyList<ExtractFile> Files { get; }
}
