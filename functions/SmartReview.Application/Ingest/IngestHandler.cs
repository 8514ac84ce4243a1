using SmartReview.Application.Ports;
using SmartReview.National;
using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Turns an uploaded file into a batch: cuts it into chunk files, creates the batch row (its id is the file's hash,
/// so a second upload of the same file finds the first and opens nothing new; on another basis than the default it is
/// the hash of the file and the basis, so the same file screened as of a date is a batch of its own) and enqueues the
/// first part of every bucket. An empty file is a batch completed at once with nothing received. A national extract
/// (a .zip of its tables) is folded into settlements first (<see cref="ExtractIngest"/>, through the bureau's
/// dictionaries): the same split, chunks and scoring follow, and its rows per table are kept on the batch.
/// <para>
/// Bad input fails the batch at once, with the reason and no chunk, and the message is done (trying again would read
/// the same bytes): a gzip file that cannot be read to its end (its id is derived from the hash of what could be read,
/// apart from any whole file's), an extract that is not a readable zip or cannot be folded (the upload's id). Anything
/// else (storage unreachable) throws, so the queue tries again; when it gives up, <see cref="FailAsync"/> fails the batch.
/// </para>
/// </summary>
public sealed class IngestHandler(IBatchStore batches, IBatchFiles files, IWorkQueue<ChunkMessage> chunks, IngestSettings settings,
    NationalDictionaries dictionaries, TimeProvider clock)
{
    public async Task<BatchRecord> HandleAsync(IngestMessage message, CancellationToken cancel)
    {
        ScreeningBasis basis = BasisOf(message);
        string staging = "runs/" + Guid.NewGuid().ToString("n");
        SplitResult split;
        IReadOnlyList<TableTally>? tables = null;
        string? unreadable = null;
        if (ExtractIngest.Is(message.Upload))
        {
            ExtractSplit extract = await new ExtractIngest(files, settings, dictionaries).SplitAsync(message.Upload, staging, cancel).ConfigureAwait(false);
            (split, tables, unreadable) = (extract.Split, extract.Tables, extract.Unreadable);
        }
        else
        {
            await using Stream upload = Uploads.Decompressed(message.Upload, await files.OpenUploadAsync(message.Upload, cancel).ConfigureAwait(false));
            split = await new BatchSplitter(files, settings).SplitAsync(upload, staging, cancel).ConfigureAwait(false);
        }

        string batchId = split.Corrupt is null ? BatchIds.Of(split.Sha256, basis) : BatchIds.OfCorrupt(split.Sha256, basis);
        DateTimeOffset now = clock.GetUtcNow();
        var batch = new BatchRecord(batchId, message.Upload, staging, split.Bytes, now, BatchStatus.Scoring, split.Chunks.Count)
        {
            Basis = basis,
            Tables = tables,
        };
        if ((split.Corrupt ?? unreadable) is { } failure)
        {
            await files.DeleteFolderAsync(staging, cancel).ConfigureAwait(false);
            batch = batch with { Status = BatchStatus.Failed, ChunkCount = 0, Error = failure, CompletedUtc = now };
        }
        else if (split.Chunks.All(c => c.Status == ChunkStatus.Done))
        {
            // Nothing to score: an empty file, or an extract whose every settlement was rejected.
            batch = batch with { Status = BatchStatus.Completed, CompletedUtc = now, Totals = split.Chunks.Aggregate(BatchTotals.Zero, (sum, c) => sum + c.Totals) };
        }

        IReadOnlyList<ChunkRecord> cut = batch.Status == BatchStatus.Failed ? [] : [.. split.Chunks.Select(c => c with { BatchId = batchId })];
        if (!await batches.TryCreateAsync(batch, cut, cancel).ConfigureAwait(false))
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

    /// <summary>
    /// The ingest of <paramref name="message"/> failed on every attempt (<paramref name="error"/>: how often, as the
    /// queue tells it): its batch, unless ingest created it after all, becomes <see cref="BatchStatus.Failed"/> with no
    /// chunk and a reason for the operator, instead of staying <see cref="BatchStatus.Queued"/>. The batch is the one the
    /// upload answered with; a dropped file's is found by hashing it, as its upload would have. Null when the message
    /// names no basis SmartReview knows, so no batch.
    /// </summary>
    public async Task<BatchRecord?> FailAsync(IngestMessage message, string error, CancellationToken cancel)
    {
        if (!ScreeningBasis.TryParse(message.Basis, out ScreeningBasis basis))
        {
            return null;
        }

        string batchId = await BatchIdOfAsync(message, basis, cancel).ConfigureAwait(false);
        BatchRecord? queued = await batches.GetAsync(batchId, cancel).ConfigureAwait(false);
        if (queued is { Status: not BatchStatus.Queued })
        {
            return queued;
        }

        DateTimeOffset now = clock.GetUtcNow();
        var failed = new BatchRecord(batchId, message.Upload, "", 0, queued?.ReceivedUtc ?? now, BatchStatus.Failed, 0)
        {
            Basis = basis,
            CompletedUtc = now,
            Error = $"ingest gave up ({error}): nothing of the upload was scored; the workers' log has each attempt's error. Upload the file again to retry.",
        };
        return await batches.TryCreateAsync(failed, [], cancel).ConfigureAwait(false) ? failed : await batches.GetAsync(batchId, cancel).ConfigureAwait(false);
    }

    private static ScreeningBasis BasisOf(IngestMessage message) => ScreeningBasis.TryParse(message.Basis, out ScreeningBasis basis)
        ? basis
        : throw new InvalidOperationException($"upload {message.Upload}: unknown screening basis '{message.Basis}'");

    /// <summary>The id the upload answered with; for a dropped file, hashed as its upload would have been.</summary>
    private async Task<string> BatchIdOfAsync(IngestMessage message, ScreeningBasis basis, CancellationToken cancel) =>
        message.BatchId is { Length: > 0 } known
            ? known
            : BatchIds.Of((await Uploads.HashAsync(files, message.Upload, cancel).ConfigureAwait(false)).Sha256, basis);
}
