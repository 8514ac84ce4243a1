using SmartReview.Application.History;
using SmartReview.Application.Ports;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Cuts an upload into chunk files in one streaming pass: each line goes to its person's bucket, in input order,
/// and a bucket's lines into parts of at most <see cref="IngestSettings.PartLines"/>. Memory is about one block per bucket
/// plus the blocks in flight.
/// </summary>
public sealed class BatchSplitter(IBatchFiles files, IngestSettings settings)
{
    /// <summary>Blocks being compressed and uploaded while reading goes on (memory: this many blocks).</summary>
    private const int MaxBlocksInFlight = 8;

    public async Task<SplitResult> SplitAsync(Stream upload, string staging, CancellationToken cancel)
    {
        using var hashing = new HashingStream(upload);
        using var uploads = new SemaphoreSlim(MaxBlocksInFlight);
        var buckets = new BucketWriter[settings.Buckets];
        var chunks = new List<ChunkRecord>();
        var reader = new LineBatchReader(hashing, 4 << 20);
        while (await reader.ReadAsync(cancel).ConfigureAwait(false) is { } batch)
        {
            using (batch)
            {
                for (int i = 0; i < batch.Count; i++)
                {
                    int b = PersonBuckets.OfRecord(batch.Line(i), settings.Buckets);
                    BucketWriter writer = buckets[b] ??= new BucketWriter(b, uploads);
                    if (writer.Lines.Count >= settings.PartLines)
                    {
                        chunks.Add(await writer.CommitAsync(files, staging, last: false, cancel).ConfigureAwait(false));
                    }

                    writer.Add(batch.Line(i), batch.LineNumber(i));
                    if (writer.Pending >= settings.BlockBytes)
                    {
                        await writer.StageAsync(files, staging, cancel).ConfigureAwait(false);
                    }
                }
            }
        }

        foreach (BucketWriter? writer in buckets)
        {
            if (writer is not null)
            {
                chunks.Add(await writer.CommitAsync(files, staging, last: true, cancel).ConfigureAwait(false));
            }
        }

        return new SplitResult(hashing.HashHex(), hashing.BytesRead, chunks);
    }
}
