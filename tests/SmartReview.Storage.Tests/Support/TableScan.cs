using Azure.Data.Tables;

namespace SmartReview.Storage.Tests.Support;

/// <summary>Whole-table reads by row-key prefix, for assertions only (the product never scans the cases table).</summary>
internal static class TableScan
{
    public static async Task<List<TableEntity>> RowsAsync(TableClient table, string prefix)
    {
        var rows = new List<TableEntity>();
        string filter = TableClient.CreateQueryFilter($"RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}");
        await foreach (TableEntity e in table.QueryAsync<TableEntity>(filter))
        {
            rows.Add(e);
        }

        return rows;
    }

    public static async Task<List<TableEntity>> PartitionAsync(TableClient table, string partition)
    {
        var rows = new List<TableEntity>();
        await foreach (TableEntity e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}")))
        {
            rows.Add(e);
        }

        return rows;
    }
}
