using Azure.Data.Tables;
using SmartReview.Application.Ports;
using SmartReview.Review.Points;

namespace SmartReview.Storage.Points;

/// <summary>
/// <see cref="IDoctorPoints"/> on the register table (partition = person). A case's commit writes its entries in the
/// facility's partition of the cases table in the same transaction as the events, then copies them here
/// (<see cref="CopyAsync"/>); <see cref="RepairAsync"/> copies whatever a crash left behind. Copies are idempotent upserts.
/// </summary>
public sealed class TableDoctorPoints(StorageAccount account) : IDoctorPoints
{
    private readonly TableClient _register = account.DoctorPoints;
    private readonly TableClient _cases = account.Cases;
    private readonly TableClient _facilities = account.Facilities;

    public async Task<IReadOnlyList<PointsEntry>> PersonAsync(string personId, CancellationToken cancel) =>
        await ReadAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Safe(personId)}"), cancel).ConfigureAwait(false);

    /// <summary>Reads across people: the register is small (points are recorded by hand, a few hundred a year in a city).</summary>
    public async Task<IReadOnlyList<PointsEntry>> YearAsync(int year, CancellationToken cancel) =>
        await ReadAsync(TableClient.CreateQueryFilter($"Year eq {year}"), cancel).ConfigureAwait(false);

    public async Task<int> RepairAsync(CancellationToken cancel)
    {
        List<PointsEntry> found = [];
        await foreach (TableEntity facility in _facilities.QueryAsync<TableEntity>(select: ["RowKey"], cancellationToken: cancel).ConfigureAwait(false))
        {
            string filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {facility.RowKey} and RowKey ge {PointsRows.Prefix} and RowKey lt {PointsRows.Prefix + "\uffff"}");
            await foreach (TableEntity row in _cases.QueryAsync<TableEntity>(filter, cancellationToken: cancel).ConfigureAwait(false))
            {
                found.Add(PointsRows.Entry(row));
            }
        }

        await CopyAsync(_register, found, cancel).ConfigureAwait(false);
        return found.Count;
    }

    /// <summary>Copies entries into the register (idempotent).</summary>
    internal static Task CopyAsync(TableClient register, IReadOnlyList<PointsEntry> entries, CancellationToken cancel) =>
        Transactions.UpsertAsync(register, [.. entries.Select(PointsRows.InRegister)], cancel);

    private async Task<IReadOnlyList<PointsEntry>> ReadAsync(string filter, CancellationToken cancel)
    {
        List<PointsEntry> entries = [];
        await foreach (TableEntity row in _register.QueryAsync<TableEntity>(filter, cancellationToken: cancel).ConfigureAwait(false))
        {
            entries.Add(PointsRows.Entry(row));
        }

        return entries;
    }
}
