using SmartReview.Application.Ingest;

namespace SmartReview.Application.Ports;

/// <summary>Batch and chunk rows. A batch and its chunks share one partition.</summary>
public interface IBatchStore
{
    /// <summary>The batch row; before ingest has created it, the <see cref="BatchStatus.Queued"/> row its upload left, if any.</summary>
    Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancel);

    /// <summary>
    /// Keeps a <see cref="BatchStatus.Queued"/> row for an upload whose ingest is queued; the batch row, once created, takes
    /// precedence. A batch row that <see cref="BatchRecord.FailedAtIngest"/> is removed, so the upload is ingested again.
    /// </summary>
    Task SaveQueuedAsync(BatchRecord queued, CancellationToken cancel);

    /// <summary>Every batch row (one per batch, chunks not read): a short list, a batch being a day's or a month's file.</summary>
    Task<IReadOnlyList<BatchRecord>> ListAsync(CancellationToken cancel);

    /// <summary>Creates the batch row with its chunk rows; false, writing nothing, when the batch exists (a queued row does not count).</summary>
    Task<bool> TryCreateAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel);

    Task<IReadOnlyList<ChunkRecord>> ChunksAsync(string batchId, CancellationToken cancel);

    Task<ChunkRecord?> GetChunkAsync(string batchId, int bucket, int part, CancellationToken cancel);

    Task SaveChunkAsync(ChunkRecord chunk, CancellationToken cancel);

    Task SaveAsync(BatchRecord batch, CancellationToken cancel);
}
