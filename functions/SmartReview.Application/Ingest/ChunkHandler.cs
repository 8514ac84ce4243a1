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
/// Scores one chunk and opens a case per flag. Safe to run twice, or on two machines at once: the result is kept in a
/// blob and the bucket's stay history is written back, naming that result, only if nobody wrote it since it was read
/// (otherwise the chunk is scored again on the newer history); a later delivery finds its result named there and
/// reuses it; cases have deterministic ids and are only inserted; the chunk row is marked done last. The batch's last
/// chunk completes it, with its indicator cases (<paramref name="indicators"/>, <see cref="BatchCompletion"/>).
/// </summary>
public sealed class ChunkHandler(IBatchStore batches, IBatchFiles files, IStayBuckets stays, ICaseStore cases,
    IWorkQueue<ChunkMessage> queue, PackRegistry packs, IngestSettings settings, ReviewSettings review, WorkingCalendar calendar, TimeProvider clock,
    IDeadlineTimers? timers = null, Indicators.IndicatorCases? indicators = null, IFacilityNames? facilityNames = null)
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
            (BatchTotals totals, string result) = await ScoreAsync(batch, chunk, cancel).ConfigureAwait(false);
            await batches.SaveChunkAsync(chunk with { Status = ChunkStatus.Done, Totals = totals, Result = result }, cancel).ConfigureAwait(false);
        }

        if (!chunk.Last)
        {
            await queue.SendAsync(message with { Part = message.Part + 1 }, cancel).ConfigureAwait(false);
        }
        else
        {
            // Only a bucket's last part can be the batch's last chunk.
            await BatchCompletion.CheckAsync(batches, batch, clock, cancel, indicators).ConfigureAwait(false);
        }
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

    /// <summary>
    /// Scores the chunk on its bucket's history and saves the history with the chunk's stays, unless an earlier
    /// delivery did so already, in which case its kept result is used. Cases open from the result that was saved.
    /// </summary>
    private async Task<(BatchTotals Totals, string Result)> ScoreAsync(BatchRecord batch, ChunkRecord chunk, CancellationToken cancel)
    {
        long[] lines = LineNumbers.Decode(await files.ReadAsync(batch.Staging, chunk.ChunkId + ".lines", cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"line numbers of {chunk.ChunkId} missing"));
        Dictionary<long, long>? duplicates = await files.ReadAsync(batch.Staging, chunk.ChunkId + ".dups", cancel).ConfigureAwait(false) is { } dups
            ? LineNumbers.Decode(dups).Chunk(2).ToDictionary(p => p[0], p => p[1])
            : null;
        for (int attempt = 1; ; attempt++)
        {
            StayBucket bucket = await stays.LoadAsync(chunk.Bucket, cancel).ConfigureAwait(false);
            if (bucket.ResultOf(batch.BatchId, chunk.ChunkId) is { } saved)
            {
                return (await OpenCasesAsync(batch, chunk, saved, await ReadResultAsync(batch, chunk, saved, cancel).ConfigureAwait(false), cancel).ConfigureAwait(false), saved);
            }

            var history = new BucketStayHistory(bucket, settings.HistoryRetentionDays);
            ScoredChunk scored;
            await using (var data = new GZipStream(await files.OpenChunkAsync(batch.Staging, chunk.ChunkId, cancel).ConfigureAwait(false), CompressionMode.Decompress))
            {
                scored = await ChunkScoring.ScoreAsync(data, lines, packs.Current, batch.Basis, history, cancel, duplicates).ConfigureAwait(false);
            }

            string result = Guid.NewGuid().ToString("n")[..12];
            var kept = new ChunkResult(scored.Totals, scored.Flags, scored.FlaggedSettlements.Length > 0 ? $"{chunk.ChunkId}.{result}.settlements.jsonl.gz" : null,
                scored.Indicators.Count > 0 ? $"{chunk.ChunkId}.{result}.indicators.json.gz" : null, scored.Facilities);
            await WriteResultAsync(batch, chunk, result, scored, kept, cancel).ConfigureAwait(false);
            if (await stays.TrySaveAsync(history.ToBucket(StayBucket.AppliedChunk(batch.BatchId, chunk.ChunkId, result)), cancel).ConfigureAwait(false))
            {
                return (await OpenCasesAsync(batch, chunk, result, kept, cancel).ConfigureAwait(false), result);
            }

            if (attempt == HistoryAttempts)
            {
                throw new InvalidOperationException($"stay history of bucket {chunk.Bucket} kept changing under chunk {chunk.ChunkId}");
            }
        }
    }

    private async Task WriteResultAsync(BatchRecord batch, ChunkRecord chunk, string result, ScoredChunk scored, ChunkResult kept, CancellationToken cancel)
    {
        string name = $"{chunk.ChunkId}.{result}";
        await files.WriteAsync(batch.Staging, name + ".flags.jsonl.gz", Gzip.Compress(scored.FlagsJson), cancel).ConfigureAwait(false);
        if (scored.Rejects.Count > 0)
        {
            await files.WriteAsync(batch.Staging, name + ".rejects.jsonl", RejectLines(scored.Rejects), cancel).ConfigureAwait(false);
        }

        if (kept.Settlements is { } settlements)
        {
            await files.WriteAsync(batch.Staging, settlements, Gzip.Compress(scored.FlaggedSettlements), cancel).ConfigureAwait(false);
        }

        if (kept.Indicators is { } indicators)
        {
            await files.WriteAsync(batch.Staging, indicators, Gzip.Compress(JsonSerializer.SerializeToUtf8Bytes(scored.Indicators, IngestJsonContext.Default.IReadOnlyListFacilityMonth)), cancel)
                .ConfigureAwait(false);
        }

        await files.WriteAsync(batch.Staging, name + ".result.json.gz", Gzip.Compress(JsonSerializer.SerializeToUtf8Bytes(kept, IngestJsonContext.Default.ChunkResult)), cancel)
            .ConfigureAwait(false);
    }

    private async Task<ChunkResult> ReadResultAsync(BatchRecord batch, ChunkRecord chunk, string result, CancellationToken cancel)
    {
        byte[] json = await files.ReadAsync(batch.Staging, $"{chunk.ChunkId}.{result}.result.json.gz", cancel).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"result {result} of chunk {chunk.ChunkId} is missing");
        return JsonSerializer.Deserialize(Gzip.Decompress(json), IngestJsonContext.Default.ChunkResult)!;
    }

    /// <summary>Opens a case per flag of the result; cases open at the batch's receipt time, so a second delivery writes identical rows.</summary>
    private async Task<BatchTotals> OpenCasesAsync(BatchRecord batch, ChunkRecord chunk, string result, ChunkResult kept, CancellationToken cancel)
    {
        CaseSource? source = kept.Settlements is { } settlements ? new CaseSource(batch.Staging, settlements) : null;
        OpenedCase[] opened = [.. kept.Flags.Select(f => ReviewFlow.Open(f, batch.ReceivedUtc, review, calendar)).Select(o => new OpenedCase(o.Case, o.Opened, source))];
        await cases.OpenAsync(opened, cancel).ConfigureAwait(false);
        if (facilityNames is not null && kept.Facilities is { Count: > 0 } names)
        {
            await facilityNames.RecordAsync(names, cancel).ConfigureAwait(false);
        }

        if (timers is not null)
        {
            await timers.ArmAsync([.. opened.Select(o => o.Case.DueUtc).OfType<DateTimeOffset>().Distinct()], cancel).ConfigureAwait(false);
        }

        return kept.Totals;
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
