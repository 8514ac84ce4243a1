using Azure.Data.Tables;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Cases;

/// <summary><see cref="IFacilities"/> on the facilities table: a point read to know one, the one partition read to list them.</summary>
public sealed class TableFacilities(StorageAccount account) : IFacilities
{
    private readonly TableClient _facilities = account.Facilities;

    public async Task<bool> KnownAsync(string facilityId, CancellationToken cancel) =>
        (await _facilities.GetEntityIfExistsAsync<TableEntity>(FacilityRows.Partition, CaseRows.Partition(facilityId), ["RowKey"], cancel)
            .ConfigureAwait(false)).HasValue;

    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancel)
    {
        List<string> ids = [];
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {FacilityRows.Partition}");
        await foreach (TableEntity e in _facilities.QueryAsync<TableEntity>(filter, select: ["FacilityId"], cancellationToken: cancel).ConfigureAwait(false))
        {
            ids.Add(e.GetString("FacilityId"));
        }

        return [.. ids.Order(StringComparer.Ordinal)];
    }
}
