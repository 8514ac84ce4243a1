using SmartReview.Application.Ports;
using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Stores an upload and queues its ingest, knowing its batch at once: the stored file is read back and hashed as
/// ingest will (its content, decompressed), so the answer names the batch id, and a <see cref="BatchStatus.Queued"/> row
/// makes that id answer until ingest creates the batch. A file already a batch is not queued again (one still queued
/// is: ingest is idempotent, and its first ingest may have stopped; so is one whose ingest failed, which it does again
/// unless the cause has passed, see <see cref="BatchRecord.FailedAtIngest"/>); a gzip file cut short or corrupt is
/// refused with the reason.
/// </summary>
public sealed class BatchUpload(IBatchFiles files, IBatchStore batches, IWorkQueue<IngestMessage> ingest, TimeProvider clock)
{
    public async Task<UploadOutcome> HandleAsync(string upload, Stream content, ScreeningBasis basis, CancellationToken cancel)
    {
        await files.SaveUploadAsync(upload, content, cancel).ConfigureAwait(false);
        string sha256;
        try
        {
            (sha256, _) = await Uploads.HashAsync(files, upload, cancel).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            return new UploadOutcome(upload, null, Corrupt: e.Message);
        }

        string batchId = BatchIds.Of(sha256, basis);
        if (await batches.GetAsync(batchId, cancel).ConfigureAwait(false) is { Status: not BatchStatus.Queued, FailedAtIngest: false } existing)
        {
            return new UploadOutcome(upload, batchId, existing.Status);
        }

        await batches.SaveQueuedAsync(new BatchRecord(batchId, upload, "", 0, clock.GetUtcNow(), BatchStatus.Queued, 0) { Basis = basis }, cancel)
            .ConfigureAwait(false);
        await ingest.SendAsync(new IngestMessage(upload, basis.ToString(), batchId), cancel).ConfigureAwait(false);
        return new UploadOutcome(upload, batchId);
    }
}
