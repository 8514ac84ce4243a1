using SmartReview.Application.Ingest;

namespace SmartReview.Application.Ports;

/// <summary>Batch and chunk rows. A batch and its chunks share one partition.</summary>
public interface IBatchStore
{
    Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancel);

    /// <summary>Every batch row (one per batch, chunks not read): a short list, a batch being a day's or a month's file.</summary>
    Task<IReadOnlyList<BatchRecord>> ListAsync(CancellationToken cancel);

    /// <summary>Creates the batch row with its chunk rows; false, writing nothing, when the batch exists.</summary>
    Task<bool> TryCreateAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel);

    Task<IReadOnlyList<ChunkRecord>> ChunksAsync(string batchId, CancellationToken cancel);

    Task<ChunkRecord?> GetChunkAsync(string batchId, int bucket, int part, CancellationToken cancel);

    Task SaveChunkAsync(ChunkRecord chunk, CancellationToken cancel);

    Task SaveAsync(BatchRecord batch, CancellationToken cancel);
}
