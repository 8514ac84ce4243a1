using System.Text;
using System.Text.Json;
using SmartReview.Application.Ports;

namespace SmartReview.Application.Ingest;

/// <summary>
/// Reads the rejects of a batch, kept per chunk ("{chunk}.{result}.rejects.jsonl" beside its chunk file), in chunk order
/// (bucket, part) and line order within a chunk, from the chunks scored so far: paged for display, with a token naming
/// the chunk and how many of its rejects came before; or all of them as a download. Null for an unknown batch.
/// </summary>
public sealed class BatchRejects(IBatchStore batches, IBatchFiles files)
{
    public const int RecordChars = 300;
    public const int MaxTake = 500;

    public async Task<RejectPage?> PageAsync(string batchId, string? page, int take, CancellationToken cancel)
    {
        if (await ScoredAsync(batchId, cancel).ConfigureAwait(false) is not { } scored)
        {
            return null;
        }

        take = Math.Clamp(take, 1, MaxTake);
        (string? fromChunk, int skip) = RejectToken.Read(page);
        int start = fromChunk is null ? 0 : scored.Chunks.FindIndex(c => c.ChunkId == fromChunk);
        var items = new List<StoredReject>();
        for (int i = Math.Max(start, 0); start >= 0 && i < scored.Chunks.Count; i++, skip = 0)
        {
            string[] lines = await LinesAsync(scored.Batch, scored.Chunks[i], cancel).ConfigureAwait(false);
            int room = take - items.Count;
            items.AddRange(lines.Skip(skip).Take(room).Select(Read));
            if (lines.Length - skip > room)
            {
                return new RejectPage(items, RejectToken.Write(scored.Chunks[i].ChunkId, skip + room));
            }

            if (items.Count == take && i + 1 < scored.Chunks.Count)
            {
                return new RejectPage(items, RejectToken.Write(scored.Chunks[i + 1].ChunkId, 0));
            }
        }

        return new RejectPage(items, null);
    }

    public async Task<RejectDownload?> DownloadAsync(string batchId, CancellationToken cancel)
    {
        if (await ScoredAsync(batchId, cancel).ConfigureAwait(false) is not { } scored)
        {
            return null;
        }

        return new RejectDownload($"{batchId}.rejects.jsonl", async (to, stop) =>
        {
            foreach (ChunkRecord chunk in scored.Chunks)
            {
                await using Stream? rejects = await files.OpenAsync(scored.Batch.Staging, RejectsName(chunk), stop).ConfigureAwait(false);
                if (rejects is not null)
                {
                    await rejects.CopyToAsync(to, stop).ConfigureAwait(false);
                }
            }
        });
    }

    /// <summary>The batch and its scored chunks that have rejects, in order.</summary>
    private async Task<(BatchRecord Batch, List<ChunkRecord> Chunks)?> ScoredAsync(string batchId, CancellationToken cancel)
    {
        if (await batches.GetAsync(batchId, cancel).ConfigureAwait(false) is not { } batch)
        {
            return null;
        }

        IReadOnlyList<ChunkRecord> chunks = await batches.ChunksAsync(batchId, cancel).ConfigureAwait(false);
        return (batch, [.. chunks.Where(c => c.Status == ChunkStatus.Done && c.Result is not null && (c.Totals.Rejected > 0 || c.Bucket == ChunkRecord.ExtractBucket))
            .OrderBy(c => c.Bucket).ThenBy(c => c.Part)]);
    }

    private async Task<string[]> LinesAsync(BatchRecord batch, ChunkRecord chunk, CancellationToken cancel) =>
        Encoding.UTF8.GetString(await files.ReadAsync(batch.Staging, RejectsName(chunk), cancel).ConfigureAwait(false) ?? [])
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string RejectsName(ChunkRecord chunk) => $"{chunk.ChunkId}.{chunk.Result}.rejects.jsonl";

    private static StoredReject Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        JsonElement r = json.RootElement;
        string record = r.TryGetProperty("record", out JsonElement raw) ? raw.GetString() ?? "" : "";
        return new StoredReject(r.GetProperty("line_number").GetInt64(),
            r.TryGetProperty("settlement_id", out JsonElement id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            r.GetProperty("field").GetString() ?? "", r.GetProperty("reason").GetString() ?? "",
            record.Length > RecordChars ? record[..RecordChars] : record, record.Length > RecordChars);
    }
}
