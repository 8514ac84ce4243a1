using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>Completes a batch once all its chunks are done, adding their totals; safe to call from every chunk.</summary>
public static class BatchCompletion
{
    public static async Task CheckAsync(IBatchStore batches, BatchRecord batch, TimeProvider clock, CancellationToken cancel)
    {
        if (batch.Status is BatchStatus.Completed or BatchStatus.Failed)
        {
            return;
        }

        IReadOnlyList<ChunkRecord> chunks = await batches.ChunksAsync(batch.BatchId, cancel).ConfigureAwait(false);
        if (chunks.Count < batch.ChunkCount || chunks.Any(c => c.Status != ChunkStatus.Done))
        {
            return;
        }

        BatchTotals totals = chunks.Aggregate(BatchTotals.Zero, (sum, c) => sum + c.Totals);
        await batches.SaveAsync(batch with { Status = BatchStatus.Completed, Totals = totals, CompletedUtc = clock.GetUtcNow() }, cancel).ConfigureAwait(false);
    }
}
