namespace SmartReview.Application.Ingest;

/// <summary>An upload cut into chunk files: its hash, size and the chunks (without a batch id yet).</summary>
public sealed record SplitResult(string Sha256, long Bytes, IReadOnlyList<ChunkRecord> Chunks);
