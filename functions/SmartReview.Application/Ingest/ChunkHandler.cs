using System.Buffers;
using System.IO.Compression;
using System.Text.Json;
using SmartReview.Application.Cases;
using SmartReview.Application.History;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Scores one chunk and opens a case per flag. Safe to run twice, or on two machines at once: flags and cases have
/// deterministic ids and are only inserted; the bucket's stay history is written back only if nobody wrote it since it
/// was read (otherwise the chunk is scored again on the newer history); the chunk row is marked done last.
/// </summary>
public sealed class ChunkHandler(IBatchStore batches, IBatchFiles files, IStayBuckets stays, ICaseStore cases,
    IWorkQueue<ChunkMessage> queue, PackRegistry packs, IngestSettings settings, ReviewSettings review, WorkingCalendar calendar, TimeProvider clock)
{
    private const int HistoryAttempts = 8;

    public async Task HandleAsync(ChunkMessage message, CancellationToken cancel)
    {
        BatchRecord batch = await batches.GetAsync(message.BatchId, cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"batch {message.BatchId} not found");
        ChunkRecord chunk = await batches.GetChunkAsync(message.BatchId, message.Bucket, message.Part, cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"chunk {ChunkRecord.Name(message.Bucket, message.Part)} of batch {message.BatchId} not found");
        if (chunk.Status == ChunkStatus.Pending)
        {
            BatchTotals totals = await ScoreAsync(batch, chunk, cancel).ConfigureAwait(false);
            await batches.SaveChunkAsync(chunk with { Status = ChunkStatus.Done, Totals = totals }, cancel).ConfigureAwait(false);
        }

        if (!chunk.Last)
        {
            await queue.SendAsync(message with { Part = message.Part + 1 }, cancel).ConfigureAwait(false);
        }

        await BatchCompletion.CheckAsync(batches, batch, clock, cancel).ConfigureAwait(false);
    }

    /// <summary>Called when a chunk's message has failed too often: the chunk and its batch are marked failed.</summary>
    public async Task FailAsync(ChunkMessage message, string error, CancellationToken cancel)
    {
        ChunkRecord? chunk = await batches.GetChunkAsync(message.BatchId, message.Bucket, message.Part, cancel).ConfigureAwait(false);
        BatchRecord? batch = await batches.GetAsync(message.BatchId, cancel).ConfigureAwait(false);
        if (chunk is null || batch is null || chunk.Status == ChunkStatus.Done)
        {
            return;
        }

        await batches.SaveChunkAsync(chunk with { Status = ChunkStatus.Failed, Error = error }, cancel).ConfigureAwait(false);
        await batches.SaveAsync(batch with { Status = BatchStatus.Failed, Error = $"{chunk.ChunkId}: {error}" }, cancel).ConfigureAwait(false);
    }

    private async Task<BatchTotals> ScoreAsync(BatchRecord batch, ChunkRecord chunk, CancellationToken cancel)
    {
        long[] lines = LineNumbers.Decode(await files.ReadAsync(batch.Staging, chunk.ChunkId + ".lines", cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"line numbers of {chunk.ChunkId} missing"));
        for (int attempt = 1; ; attempt++)
        {
            var history = new BucketStayHistory(await stays.LoadAsync(chunk.Bucket, cancel).ConfigureAwait(false), settings.HistoryRetentionDays);
            ScoredChunk scored;
            await using (var data = new GZipStream(await files.OpenChunkAsync(batch.Staging, chunk.ChunkId, cancel).ConfigureAwait(false), CompressionMode.Decompress))
            {
                scored = await ChunkScoring.ScoreAsync(data, lines, packs.Current, history, cancel).ConfigureAwait(false);
            }

            await WriteOutputsAsync(batch, chunk, scored, cancel).ConfigureAwait(false);
            if (await stays.TrySaveAsync(history.ToBucket(), cancel).ConfigureAwait(false))
            {
                return scored.Totals;
            }

            if (attempt == HistoryAttempts)
            {
                throw new InvalidOperationException($"stay history of bucket {chunk.Bucket} kept changing under chunk {chunk.ChunkId}");
            }
        }
    }

    private async Task WriteOutputsAsync(BatchRecord batch, ChunkRecord chunk, ScoredChunk scored, CancellationToken cancel)
    {
        await files.WriteAsync(batch.Staging, chunk.ChunkId + ".flags.jsonl", scored.FlagsJson, cancel).ConfigureAwait(false);
        if (scored.Rejects.Count > 0)
        {
            await files.WriteAsync(batch.Staging, chunk.ChunkId + ".rejects.jsonl", RejectLines(scored.Rejects), cancel).ConfigureAwait(false);
        }

        DateTimeOffset now = clock.GetUtcNow();
        OpenedCase[] opened = [.. scored.Flags.Select(f => ReviewFlow.Open(f, now, review, calendar)).Select(o => new OpenedCase(o.Case, o.Opened))];
        await cases.OpenAsync(opened, cancel).ConfigureAwait(false);
    }

    private static byte[] RejectLines(IReadOnlyList<Reject> rejects)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer, FlagJson.Options);
        foreach (Reject reject in rejects)
        {
            FlagJson.Write(writer, reject);
            writer.Flush();
            buffer.Write("\n"u8);
            writer.Reset(buffer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
