using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Completes a batch once all its chunks are done, adding their totals; safe to call from every chunk. Before it is
/// marked completed, its facility-month figures go into the stored tallies and their indicator cases are opened or
/// re-judged (<c>indicators</c>, idempotent), so a crash in between is retried with the chunk's message.
/// </summary>
public static class BatchCompletion
{
    public static async Task CheckAsync(IBatchStore batches, BatchRecord batch, TimeProvider clock, CancellationToken cancel,
        Indicators.IndicatorCases? indicators = null)
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

        if (indicators is not null)
        {
            await indicators.HandleAsync(batch, chunks, cancel).ConfigureAwait(false);
        }

        BatchTotals totals = chunks.Aggregate(BatchTotals.Zero, (sum, c) => sum + c.Totals);
        await batches.SaveAsync(batch with { Status = BatchStatus.Completed, Totals = totals, CompletedUtc = clock.GetUtcNow() }, cancel).ConfigureAwait(false);
    }
}
