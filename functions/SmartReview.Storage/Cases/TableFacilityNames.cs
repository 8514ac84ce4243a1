using System.Collections.Concurrent;
using Azure.Data.Tables;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Cases;

/// <summary>
/// <see cref="IFacilityNames"/> in the facilities table, in a partition of its own (<see cref="Partition"/>, row =
/// facility key, columns <c>FacilityId</c> and <c>Name</c>), apart from the <c>facility</c> rows the sweeps list.
/// Names this process has written or read are not written again while unchanged.
/// </summary>
public sealed class TableFacilityNames(StorageAccount account) : IFacilityNames
{
    public const string Partition = "name";
    private readonly TableClient _table = account.Facilities;
    private readonly ConcurrentDictionary<string, string> _known = new(StringComparer.Ordinal);

    public async Task RecordAsync(IReadOnlyDictionary<string, string> names, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(names);
        ITableEntity[] rows = [.. names.Where(n => !string.IsNullOrWhiteSpace(n.Value) && (!_known.TryGetValue(n.Key, out string? known) || known != n.Value))
            .Select(n => new TableEntity(Partition, Keys.Safe(n.Key)) { ["FacilityId"] = n.Key, ["Name"] = n.Value })];
        await Transactions.UpsertAsync(_table, rows, cancel).ConfigureAwait(false);
        foreach (TableEntity row in rows.Cast<TableEntity>())
        {
            _known[row.GetString("FacilityId")] = row.GetString("Name");
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancel)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (TableEntity e in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), select: ["FacilityId", "Name"],
            cancellationToken: cancel).ConfigureAwait(false))
        {
            names[e.GetString("FacilityId")] = e.GetString("Name");
            _known[e.GetString("FacilityId")] = e.GetString("Name");
        }

        return names;
    }
}
