using System.Text.Json;
using Azure.Data.Tables;
using SmartReview.Application.Ingest;
using SmartReview.Rules.Engine;

namespace SmartReview.Storage.Batches;

/// <summary>
/// Batch and chunk rows: partition = batch id; row "batch" for the batch, "chunk-bBBB-pPPPP" per chunk, "queued" for an
/// upload queued before its batch row exists (same columns, status Queued). A batch row
/// without "Basis" (written before it was kept) was scored by discharge date.
/// </summary>
internal static class BatchEntities
{
    public const string BatchRow = "batch";
    public const string QueuedRow = "queued";
    public const string ChunkPrefix = "chunk-";

    public static TableEntity From(BatchRecord b)
    {
        var e = new TableEntity(b.BatchId, b.Status == BatchStatus.Queued ? QueuedRow : BatchRow)
        {
            ["Source"] = b.Source,
            ["Staging"] = b.Staging,
            ["Bytes"] = b.Bytes,
            ["ReceivedUtc"] = b.ReceivedUtc,
            ["Status"] = b.Status.ToString(),
            ["ChunkCount"] = b.ChunkCount,
            ["CompletedUtc"] = b.CompletedUtc,
            ["Error"] = b.Error,
            ["Basis"] = b.Basis.ToString(),
            ["Tables"] = b.Tables is null ? null : JsonSerializer.Serialize([.. b.Tables], StorageJsonContext.Default.TableTallyArray),
        };
        Put(e, b.Totals);
        return e;
    }

    public static BatchRecord Batch(TableEntity e) =>
        new(e.PartitionKey, e.GetString("Source"), e.GetString("Staging"), e.GetInt64("Bytes") ?? 0, e.GetDateTimeOffset("ReceivedUtc") ?? default,
            Enum.Parse<BatchStatus>(e.GetString("Status")), e.GetInt32("ChunkCount") ?? 0)
        {
            Totals = Totals(e),
            CompletedUtc = e.GetDateTimeOffset("CompletedUtc"),
            Error = e.GetString("Error"),
            Basis = ScreeningBasis.TryParse(e.GetString("Basis"), out ScreeningBasis basis) ? basis : default,
            Tables = e.GetString("Tables") is { Length: > 0 } tables ? JsonSerializer.Deserialize(tables, StorageJsonContext.Default.TableTallyArray) : null,
        };

    public static TableEntity From(ChunkRecord c)
    {
        var e = new TableEntity(c.BatchId, ChunkPrefix + c.ChunkId)
        {
            ["Bucket"] = c.Bucket,
            ["Part"] = c.Part,
            ["Last"] = c.Last,
            ["Lines"] = c.Lines,
            ["Bytes"] = c.Bytes,
            ["Status"] = c.Status.ToString(),
            ["Error"] = c.Error,
            ["Result"] = c.Result,
        };
        Put(e, c.Totals);
        return e;
    }

    public static ChunkRecord Chunk(TableEntity e) =>
        new(e.PartitionKey, e.GetInt32("Bucket") ?? 0, e.GetInt32("Part") ?? 0, e.GetBoolean("Last") ?? false, e.GetInt64("Lines") ?? 0,
            e.GetInt64("Bytes") ?? 0, Enum.Parse<ChunkStatus>(e.GetString("Status")))
        {
            Totals = Totals(e),
            Error = e.GetString("Error"),
            Result = e.GetString("Result"),
        };

    private static void Put(TableEntity e, BatchTotals t)
    {
        e["Received"] = t.Received;
        e["Accepted"] = t.Accepted;
        e["Rejected"] = t.Rejected;
        e["Flags"] = t.Flags;
        e["AmountFen"] = Fen.Of(t.AmountAtStake);
    }

    private static BatchTotals Totals(TableEntity e) =>
        new(e.GetInt64("Received") ?? 0, e.GetInt64("Accepted") ?? 0, e.GetInt64("Rejected") ?? 0, e.GetInt64("Flags") ?? 0, Fen.Yuan(e.GetInt64("AmountFen") ?? 0));
}
