using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Batch files may come gzip-compressed (name ending ".gz"); the batch id is the hash of the content, not of the
/// compression. A gzip file cut short or corrupt throws <see cref="InvalidDataException"/> with the reason, never ends early.
/// </summary>
public static class Uploads
{
    public static Stream Decompressed(string name, Stream upload) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(upload) : upload;

    /// <summary>The SHA-256 and size of a stored upload's content (decompressed), as ingest will hash it.</summary>
    public static async Task<(string Sha256, long Bytes)> HashAsync(IBatchFiles files, string upload, CancellationToken cancel)
    {
        await using var hashing = new HashingStream(Decompressed(upload, await files.OpenUploadAsync(upload, cancel).ConfigureAwait(false)));
        await hashing.CopyToAsync(Stream.Null, cancel).ConfigureAwait(false);
        return (hashing.HashHex(), hashing.BytesRead);
    }
}
