namespace SmartReview.National.Sources;

/// <summary>
/// Where an extract's files come from: a folder, a zip, or streams handed in by a host (an upload, a blob). Each
/// file is opened once and read to its end, one at a time; which table a file holds is read from its header.
/// </summary>
public interface IExtractSource
{
    /// <summary>The files to read, in a stable order.</summary>
    IReadOnlyList<ExtractFile> Files { get; }
}
