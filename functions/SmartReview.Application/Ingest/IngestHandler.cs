using SmartReview.Application.Ports;
using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Turns an uploaded file into a batch: cuts it into chunk files, creates the batch row (its id is the file's hash,
/// so a second upload of the same file finds the first and opens nothing new; on another basis than the default it is
/// the hash of the file and the basis, so the same file screened as of a date is a batch of its own) and enqueues the
/// first part of every bucket. An upload that cannot be read to its end (a gzip file cut short or corrupt) becomes a
/// batch <see cref="BatchStatus.Failed"/> with the reason and no chunk: nothing of it is scored, rather than part of
/// it (its id is derived from the hash of what could be read, apart from any whole file's). An empty file is a batch completed at once with nothing received. A national
/// extract (a .zip of its tables) is folded into settlements first (<see cref="ExtractIngest"/>): the same split,
/// chunks and scoring follow, and its rows per table are kept on the batch.
/// </summary>
public sealed class IngestHandler(IBatchStore batches, IBatchFiles files, IWorkQueue<ChunkMessage> chunks, IngestSettings settings, TimeProvider clock)
{
    public async Task<BatchRecord> HandleAsync(IngestMessage message, CancellationToken cancel)
    {
        string staging = "runs/" + Guid.NewGuid().ToString("n");
        SplitResult split;
        IReadOnlyList<TableTally>? tables = null;
        if (ExtractIngest.Is(message.Upload))
        {
            ExtractSplit extract = await new ExtractIngest(files, settings).SplitAsync(message.Upload, staging, cancel).ConfigureAwait(false);
            (split, tables) = (extract.Split, extract.Tables);
        }
        else
        {
            await using Stream upload = Uploads.Decompressed(message.Upload, await files.OpenUploadAsync(message.Upload, cancel).ConfigureAwait(false));
            split = await new BatchSplitter(files, settings).SplitAsync(upload, staging, cancel).ConfigureAwait(false);
        }

        ScreeningBasis basis = ScreeningBasis.TryParse(message.Basis, out ScreeningBasis read)
            ? read : throw new InvalidOperationException($"upload {message.Upload}: unknown screening basis '{message.Basis}'");
        string batchId = split.Corrupt is null ? BatchIds.Of(split.Sha256, basis) : BatchIds.OfCorrupt(split.Sha256, basis);
        DateTimeOffset now = clock.GetUtcNow();
        var batch = new BatchRecord(batchId, message.Upload, staging, split.Bytes, now, BatchStatus.Scoring, split.Chunks.Count)
        {
            Basis = basis,
            Tables = tables,
        };
        if (split.Corrupt is { } corrupt)
        {
            await files.DeleteFolderAsync(staging, cancel).ConfigureAwait(false);
            batch = batch with { Status = BatchStatus.Failed, Error = corrupt, CompletedUtc = now };
        }
        else if (split.Chunks.All(c => c.Status == ChunkStatus.Done))
        {
            // Nothing to score: an empty file, or an extract whose every settlement was rejected.
            batch = batch with { Status = BatchStatus.Completed, CompletedUtc = now, Totals = split.Chunks.Aggregate(BatchTotals.Zero, (sum, c) => sum + c.Totals) };
        }

        if (!await batches.TryCreateAsync(batch, [.. split.Chunks.Select(c => c with { BatchId = batchId })], cancel).ConfigureAwait(false))
        {
            await files.DeleteFolderAsync(staging, cancel).ConfigureAwait(false);
            batch = await batches.GetAsync(batchId, cancel).ConfigureAwait(false) ?? throw new InvalidOperationException($"batch {batchId} vanished");
            if (batch.Status != BatchStatus.Scoring)
            {
                return batch;
            }
        }

        // Also when the batch existed and is still scoring: the earlier ingest may have stopped before enqueuing all
        // first parts, and a part enqueued twice is scored once.
        foreach (ChunkRecord first in (await batches.ChunksAsync(batchId, cancel).ConfigureAwait(false)).Where(c => c.Part == 0 && c.Status != ChunkStatus.Done))
        {
            await chunks.SendAsync(new ChunkMessage(batchId, first.Bucket, 0), cancel).ConfigureAwait(false);
        }

        return batch;
    }
}
