using System.Text.Json;
using Azure.Data.Tables;
using SmartReview.Application.Ports;
using SmartReview.Rules.Indicators;

namespace SmartReview.Storage.Indicators;

/// <summary>
/// <see cref="IIndicatorTallies"/> on the indicators table: partition = facility; row <c>m|{month}|{batch}</c> holds one
/// batch's figures of one month (JSON in <c>Figures</c>), upserted, so a batch that completes again replaces its own
/// row; row <c>c|{month}|{case}</c> notes an indicator case. A facility's tally is one partition read.
/// </summary>
public sealed class TableIndicatorTallies(StorageAccount account) : IIndicatorTallies
{
    private const string MonthPrefix = "m|", CasePrefix = "c|";
    private readonly TableClient _table = account.Indicators;

    public Task AddAsync(string batchId, IReadOnlyList<FacilityMonth> months, CancellationToken cancel) =>
        Transactions.UpsertAsync(_table, [.. months.Select(m => Row(batchId, m))], cancel);

    public async Task<StoredTally> ReadAsync(string facilityId, CancellationToken cancel)
    {
        var months = new List<FacilityMonth>();
        var caseIds = new HashSet<string>(StringComparer.Ordinal);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Safe(facilityId)}");
        await foreach (TableEntity row in _table.QueryAsync<TableEntity>(filter, cancellationToken: cancel).ConfigureAwait(false))
        {
            if (row.RowKey.StartsWith(MonthPrefix, StringComparison.Ordinal))
            {
                months.Add(JsonSerializer.Deserialize(row.GetString("Figures"), StorageJsonContext.Default.FacilityMonth)
                    ?? throw new InvalidOperationException($"indicator row {row.RowKey} of {facilityId} is empty"));
            }
            else if (row.RowKey.StartsWith(CasePrefix, StringComparison.Ordinal))
            {
                caseIds.Add(row.GetString("CaseId"));
            }
        }

        return new StoredTally(months, caseIds);
    }

    public async Task MarkCaseAsync(string facilityId, string month, string caseId, CancellationToken cancel) =>
        await _table.UpsertEntityAsync(new TableEntity(Keys.Safe(facilityId), $"{CasePrefix}{month}|{Keys.Safe(caseId)}") { ["CaseId"] = caseId },
            TableUpdateMode.Replace, cancel).ConfigureAwait(false);

    private static TableEntity Row(string batchId, FacilityMonth m) =>
        new(Keys.Safe(m.FacilityId), $"{MonthPrefix}{m.Month}|{Keys.Safe(batchId)}")
        {
            ["Stays"] = m.Stays,
            ["Figures"] = JsonSerializer.Serialize(m, StorageJsonContext.Default.FacilityMonth),
        };
}
