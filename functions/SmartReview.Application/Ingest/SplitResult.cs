namespace SmartReview.Application.Ingest;

/// <summary>
/// An upload cut into chunk files: its hash, size and the chunks (without a batch id yet); or, with
/// <see cref="Corrupt"/>, why it could not be read to its end (hash and size then cover what was read).
/// </summary>
public sealed record SplitResult(string Sha256, long Bytes, IReadOnlyList<ChunkRecord> Chunks, string? Corrupt = null);
