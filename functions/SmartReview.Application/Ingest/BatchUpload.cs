using SmartReview.Application.Ports;
using SmartReview.Rules.Engine;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Stores an upload and queues its ingest, knowing its batch at once: the stored file is read back and hashed as
/// ingest will (its content, decompressed), so the answer names the batch id. A file already a batch is not queued
/// again; a gzip file cut short or corrupt is refused with the reason.
/// </summary>
public sealed class BatchUpload(IBatchFiles files, IBatchStore batches, IWorkQueue<IngestMessage> ingest)
{
    public async Task<UploadOutcome> HandleAsync(string upload, Stream content, ScreeningBasis basis, CancellationToken cancel)
    {
        await files.SaveUploadAsync(upload, content, cancel).ConfigureAwait(false);
        string sha256;
        await using (var hashing = new HashingStream(Uploads.Decompressed(upload, await files.OpenUploadAsync(upload, cancel).ConfigureAwait(false))))
        {
            try
            {
                await hashing.CopyToAsync(Stream.Null, cancel).ConfigureAwait(false);
            }
            catch (InvalidDataException e)
            {
                return new UploadOutcome(upload, null, Corrupt: e.Message);
            }

            sha256 = hashing.HashHex();
        }

        string batchId = BatchIds.Of(sha256, basis);
        if (await batches.GetAsync(batchId, cancel).ConfigureAwait(false) is { } existing)
        {
            return new UploadOutcome(upload, batchId, existing.Status);
        }

        await ingest.SendAsync(new IngestMessage(upload, basis.ToString()), cancel).ConfigureAwait(false);
        return new UploadOutcome(upload, batchId);
    }
}
