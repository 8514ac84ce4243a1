using Azure;
using Azure.Data.Tables;

namespace SmartReview.Storage;

/// <summary>Entity-group transactions: at most 100 operations, all in one partition.</summary>
internal static class Transactions
{
    public const int MaxOperations = 100;

    /// <summary>
    /// Inserts the entities that do not exist yet, in transactions of up to 100 per partition. When a transaction
    /// fails because one entity exists, that entity is dropped and the rest retried, so existing rows are never changed.
    /// Returns how many were inserted.
    /// </summary>
    public static async Task<int> InsertMissingAsync(TableClient table, IReadOnlyList<ITableEntity> entities, CancellationToken cancel)
    {
        int inserted = 0;
        foreach (IGrouping<string, ITableEntity> partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (ITableEntity[] group in partition.Chunk(MaxOperations))
            {
                inserted += await InsertGroupAsync(table, [.. group], cancel).ConfigureAwait(false);
            }
        }

        return inserted;
    }

    /// <summary>Inserts or replaces the entities, in transactions of up to 100 per partition.</summary>
    public static async Task UpsertAsync(TableClient table, IReadOnlyList<ITableEntity> entities, CancellationToken cancel)
    {
        foreach (IGrouping<string, ITableEntity> partition in entities.GroupBy(e => e.PartitionKey))
        {
            foreach (ITableEntity[] group in partition.DistinctBy(e => e.RowKey).Chunk(MaxOperations))
            {
                await table.SubmitTransactionAsync(group.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancel).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> InsertGroupAsync(TableClient table, List<ITableEntity> group, CancellationToken cancel)
    {
        while (group.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(group.Select(e => new TableTransactionAction(TableTransactionActionType.Add, e)), cancel).ConfigureAwait(false);
                return group.Count;
            }
            catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is int failed)
            {
                group.RemoveAt(failed);
            }
        }

        return 0;
    }
}
