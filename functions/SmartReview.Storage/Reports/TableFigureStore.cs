using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Ports;
using SmartReview.Application.Reports;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Reports;

/// <summary>
/// <see cref="IFigureStore"/> on the figures table (<see cref="FigureRows"/>). A mark's stamp is its row's Timestamp,
/// set by the table on every write; sums replace the stored ones only if counted after a mark at least as late (read,
/// then written with the ETag read, retried on a race); a mark is deleted with the ETag read, so a facility marked
/// again meanwhile stays marked.
/// </summary>
public sealed class TableFigureStore(StorageAccount account, TimeProvider clock) : IFigureStore
{
    private const int SaveAttempts = 8;
    private readonly TableClient _figures = account.Figures;

    public Task MarkAsync(IEnumerable<string> facilityIds, CancellationToken cancel) =>
        Transactions.UpsertAsync(_figures, [.. facilityIds.Distinct(StringComparer.Ordinal).Select(FigureRows.Mark)], cancel);

    public async Task<IReadOnlyList<FigureMark>> MarksAsync(CancellationToken cancel)
    {
        var marks = new List<FigureMark>();
        await foreach (TableEntity e in Partition(FigureRows.Marks, ["FacilityId", "Timestamp"], cancel).ConfigureAwait(false))
        {
            marks.Add(new FigureMark(e.GetString("FacilityId"), e.Timestamp ?? throw new InvalidOperationException("a mark came without its Timestamp"),
                e.ETag.ToString()));
        }

        return marks;
    }

    public async Task<bool> SaveAsync(FigureMark mark, FigureSums sums, string? name, CancellationToken cancel)
    {
        string row = CaseRows.Partition(mark.FacilityId);
        for (int attempt = 1; ; attempt++)
        {
            NullableResponse<TableEntity> stored = await _figures.GetEntityIfExistsAsync<TableEntity>(FigureRows.Sums, row,
                ["CountedAfter", "Name"], cancel).ConfigureAwait(false);
            if (stored.HasValue && stored.Value!.GetDateTimeOffset("CountedAfter") > mark.Stamp)
            {
                return false;
            }

            TableEntity entity = FigureRows.Of(mark.FacilityId, sums, name ?? (stored.HasValue ? stored.Value!.GetString("Name") : null), mark.Stamp,
                clock.GetUtcNow());
            try
            {
                await (stored.HasValue
                    ? _figures.UpdateEntityAsync(entity, stored.Value!.ETag, TableUpdateMode.Replace, cancel)
                    : _figures.AddEntityAsync(entity, cancel)).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < SaveAttempts)
            {
            }
        }
    }

    public async Task ClearAsync(FigureMark mark, CancellationToken cancel)
    {
        try
        {
            await _figures.DeleteEntityAsync(FigureRows.Marks, CaseRows.Partition(mark.FacilityId), new ETag(mark.Version), cancel).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Marked again since read (the next pass counts it), or cleared by another pass.
        }
    }

    public Task SaveScreenedAsync(long screened, CancellationToken cancel) =>
        _figures.UpsertEntityAsync(new TableEntity(FigureRows.Meta, FigureRows.Screened) { ["Count"] = screened }, TableUpdateMode.Replace, cancel);

    public async Task<StoredFigures> ReadAsync(CancellationToken cancel)
    {
        var counts = new List<FacilityCount>();
        await foreach (TableEntity e in Partition(FigureRows.Sums, null, cancel).ConfigureAwait(false))
        {
            counts.Add(FigureRows.Count(e));
        }

        NullableResponse<TableEntity> screened = await _figures.GetEntityIfExistsAsync<TableEntity>(FigureRows.Meta, FigureRows.Screened,
            cancellationToken: cancel).ConfigureAwait(false);
        int pending = 0;
        await foreach (TableEntity _ in Partition(FigureRows.Marks, ["RowKey"], cancel).ConfigureAwait(false))
        {
            pending++;
        }

        return new StoredFigures(counts, screened.HasValue ? screened.Value!.GetInt64("Count") : null, pending);
    }

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(CancellationToken cancel)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (TableEntity e in Partition(FigureRows.Sums, ["FacilityId", "Name"], cancel).ConfigureAwait(false))
        {
            if (e.GetString("Name") is { } name)
            {
                names[e.GetString("FacilityId")] = name;
            }
        }

        return names;
    }

    public async IAsyncEnumerable<string> FacilitiesAsync([EnumeratorCancellation] CancellationToken cancel)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {FacilityRows.Partition}");
        await foreach (TableEntity e in account.Facilities.QueryAsync<TableEntity>(filter, select: ["FacilityId"], cancellationToken: cancel).ConfigureAwait(false))
        {
            yield return e.GetString("FacilityId");
        }
    }

    private IAsyncEnumerable<TableEntity> Partition(string partition, IEnumerable<string>? select, CancellationToken cancel) =>
        _figures.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: select, cancellationToken: cancel);
}
