using SmartReview.Application.Ingest;

namespace SmartReview.Host.Api;

/// <summary>
/// A batch as the API shows it: the batch row, with the basis it is scored on, how many of its chunks are done and,
/// for a national extract, its rows per table.
/// </summary>
internal sealed record BatchView(string BatchId, string Source, BatchStatus Status, int ChunkCount, int ChunksDone, long Bytes,
    DateTimeOffset ReceivedUtc, DateTimeOffset? CompletedUtc, BatchTotals Totals, string? Error, string Basis, IReadOnlyList<TableTally>? Tables)
{
    /// <summary>The view of <paramref name="b"/>; without its chunks, a finished batch counts all of them done.</summary>
    public static BatchView Of(BatchRecord b, IReadOnlyList<ChunkRecord>? chunks) =>
        new(b.BatchId, b.Source, b.Status, b.ChunkCount,
            chunks?.Count(c => c.Status == ChunkStatus.Done) ?? (b.Status == BatchStatus.Completed ? b.ChunkCount : 0), b.Bytes, b.ReceivedUtc, b.CompletedUtc,
            b.Totals, b.Error, b.Basis.ToString(), b.Tables);
}
