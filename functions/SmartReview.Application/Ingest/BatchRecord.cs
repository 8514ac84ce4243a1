using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// One uploaded batch. <see cref="BatchId"/> is derived from the file's SHA-256, so the same file uploaded twice is
/// one batch. <see cref="Staging"/> is the folder its chunk files were cut into. Totals are filled in from the chunks
/// when the last one is done. Every chunk is scored on <see cref="Basis"/>.
/// </summary>
public sealed record BatchRecord(string BatchId, string Source, string Staging, long Bytes, DateTimeOffset ReceivedUtc, BatchStatus Status,
    int ChunkCount)
{
    public BatchTotals Totals { get; init; } = BatchTotals.Zero;

    public DateTimeOffset? CompletedUtc { get; init; }

    public string? Error { get; init; }

    /// <summary>For a national extract: the rows of each table received, accepted and rejected; null for JSON Lines.</summary>
    public IReadOnlyList<TableTally>? Tables { get; init; }

    /// <summary>Which rules judge the batch's settlements (default: those in force on each discharge date).</summary>
    public ScreeningBasis Basis { get; init; }

    /// <summary>
    /// Failed before any chunk was cut: the upload could not be read or folded (<see cref="Error"/> says why), or its
    /// ingest gave up at the queue's dequeue limit. Nothing of it was scored, so uploading the file again ingests it again.
    /// </summary>
    public bool FailedAtIngest => Status == BatchStatus.Failed && ChunkCount == 0;
}
