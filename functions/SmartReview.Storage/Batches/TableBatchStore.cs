using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Batches;

/// <summary><see cref="IBatchStore"/> on one table; a batch's rows share its partition.</summary>
public sealed class TableBatchStore(StorageAccount account) : IBatchStore
{
    private readonly TableClient _table = account.Batches;

    public async Task<BatchRecord?> GetAsync(string batchId, CancellationToken cancel) =>
        await RowAsync(batchId, BatchEntities.BatchRow, cancel).ConfigureAwait(false) ?? await RowAsync(batchId, BatchEntities.QueuedRow, cancel).ConfigureAwait(false);

    /// <summary>The queued row, then, if the batch failed at ingest, its batch row removed (unless changed since read), so the queued row answers.</summary>
    public async Task SaveQueuedAsync(BatchRecord queued, CancellationToken cancel)
    {
        if (queued.Status != BatchStatus.Queued)
        {
            throw new ArgumentException($"batch {queued.BatchId} is {queued.Status}, not queued", nameof(queued));
        }

        await _table.UpsertEntityAsync(BatchEntities.From(queued), TableUpdateMode.Replace, cancel).ConfigureAwait(false);
        NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(queued.BatchId, BatchEntities.BatchRow, cancellationToken: cancel)
            .ConfigureAwait(false);
        if (row.HasValue && BatchEntities.Batch(row.Value!).FailedAtIngest)
        {
            try
            {
                await _table.DeleteEntityAsync(queued.BatchId, BatchEntities.BatchRow, row.Value!.ETag, cancel).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
            }
        }
    }

    public async Task<IReadOnlyList<BatchRecord>> ListAsync(CancellationToken cancel)
    {
        var batches = new List<BatchRecord>();
        string filter = TableClient.CreateQueryFilter($"RowKey eq {BatchEntities.BatchRow}");
        await foreach (TableEntity e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancel).ConfigureAwait(false))
        {
            batches.Add(BatchEntities.Batch(e));
        }

        return batches;
    }

    /// <summary>
    /// Chunk rows go first, inserted only where missing (an earlier, interrupted ingest of the same file may have
    /// written some, with the same content); the batch row is inserted last and is what makes the batch exist.
    /// </summary>
    public async Task<bool> TryCreateAsync(BatchRecord batch, IReadOnlyList<ChunkRecord> chunks, CancellationToken cancel)
    {
        if (await RowAsync(batch.BatchId, BatchEntities.BatchRow, cancel).ConfigureAwait(false) is not null)
        {
            return false;
        }

        await Transactions.InsertMissingAsync(_table, [.. chunks.Select(BatchEntities.From)], cancel).ConfigureAwait(false);
        try
        {
            await _table.AddEntityAsync(BatchEntities.From(batch), cancel).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ChunkRecord>> ChunksAsync(string batchId, CancellationToken cancel)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {batchId} and RowKey ge {BatchEntities.ChunkPrefix} and RowKey lt {"chunk."}");
        var chunks = new List<ChunkRecord>();
        await foreach (TableEntity e in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancel).ConfigureAwait(false))
        {
            chunks.Add(BatchEntities.Chunk(e));
        }

        return chunks;
    }

    public async Task<ChunkRecord?> GetChunkAsync(string batchId, int bucket, int part, CancellationToken cancel)
    {
        NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(batchId,
            BatchEntities.ChunkPrefix + ChunkRecord.Name(bucket, part), cancellationToken: cancel).ConfigureAwait(false);
        return row.HasValue ? BatchEntities.Chunk(row.Value!) : null;
    }

    private async Task<BatchRecord?> RowAsync(string batchId, string rowKey, CancellationToken cancel)
    {
        NullableResponse<TableEntity> row = await _table.GetEntityIfExistsAsync<TableEntity>(batchId, rowKey, cancellationToken: cancel).ConfigureAwait(false);
        return row.HasValue ? BatchEntities.Batch(row.Value!) : null;
    }

    public Task SaveChunkAsync(ChunkRecord chunk, CancellationToken cancel) =>
        _table.UpsertEntityAsync(BatchEntities.From(chunk), TableUpdateMode.Replace, cancel);

    public Task SaveAsync(BatchRecord batch, CancellationToken cancel) =>
        _table.UpsertEntityAsync(BatchEntities.From(batch), TableUpdateMode.Replace, cancel);
}
