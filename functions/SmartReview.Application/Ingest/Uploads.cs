namespace SmartReview.Application.Ingest;

/// <summary>
/// Batch files may come gzip-compressed (name ending ".gz"); the batch id is the hash of the content, not of the
/// compression. A gzip file cut short or corrupt throws <see cref="InvalidDataException"/> with the reason, never ends early.
/// </summary>
public static class Uploads
{
    public static Stream Decompressed(string name, Stream upload) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(upload) : upload;
}
