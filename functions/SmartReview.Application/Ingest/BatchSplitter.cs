using SmartReview.Application.History;
using SmartReview.Application.Ports;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Cuts an upload into chunk files in one streaming pass: each line goes to its person's bucket, in input order,
/// and a bucket's lines into parts of at most <see cref="IngestSettings.PartLines"/>. Memory is about one block per bucket
/// plus the blocks in flight, and a hash per settlement id (<see cref="DuplicateIds"/>): a line repeating an id goes to
/// its chunk marked as a duplicate, for scoring to reject. An upload that cannot be read to its end (a gzip file cut
/// short) stops the split with the reason.
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
        var ids = new DuplicateIds();
        while (await NextAsync(reader, cancel).ConfigureAwait(false) is { } batch)
        {
            if (batch.Corrupt is { } corrupt)
            {
                await Task.WhenAll(buckets.OfType<BucketWriter>().Select(w => w.SettleAsync())).ConfigureAwait(false);
                return new SplitResult(hashing.HashHex(), hashing.BytesRead, [], corrupt);
            }

            using (batch.Lines)
            {
                for (int i = 0; i < batch.Lines!.Count; i++)
                {
                    int b = PersonBuckets.OfRecord(batch.Lines.Line(i), settings.Buckets);
                    BucketWriter writer = buckets[b] ??= new BucketWriter(b, uploads);
                    if (writer.Lines.Count >= settings.PartLines)
                    {
                        chunks.Add(await writer.CommitAsync(files, staging, last: false, cancel).ConfigureAwait(false));
                    }

                    long number = batch.Lines.LineNumber(i);
                    writer.Add(batch.Lines.Line(i), number, ids.Check(batch.Lines.Line(i), number)?.FirstLine);
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

    private static async Task<(LineBatch? Lines, string? Corrupt)?> NextAsync(LineBatchReader reader, CancellationToken cancel)
    {
        try
        {
            return await reader.ReadAsync(cancel).ConfigureAwait(false) is { } lines ? (lines, null) : null;
        }
        catch (InvalidDataException e)
        {
            return (null, e.Message);
        }
    }
}
