using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Review.Points;
using SmartReview.Storage.Points;
using SmartReview.Storage.Reports;

namespace SmartReview.Storage.Cases;

/// <summary>
/// <see cref="ICaseStore"/> on the cases table (truth) and the case index (a hint, kept in step after each write and
/// repaired from the outbox rows a decision leaves in its own transaction; see docs/storage.md). Every write marks its
/// facility's dashboard figures changed (<see cref="TableFigureStore"/>, docs/decisions/0023).
/// </summary>
public sealed class TableCaseStore(StorageAccount account) : ICaseStore
{
    private readonly TableClient _cases = account.Cases;
    private readonly TableClient _index = account.CaseIndex;
    private readonly TableClient _facilities = account.Facilities;
    private readonly SortIndex _sorted = new(account.CaseSort);
    private readonly TableClient _points = account.DoctorPoints;
    private readonly TableFigureStore _figures = new(account, TimeProvider.System);
    private readonly ConcurrentDictionary<string, bool> _knownFacilities = new(StringComparer.Ordinal);

    public async Task<int> OpenAsync(IReadOnlyList<OpenedCase> cases, CancellationToken cancel)
    {
        // One row key may appear once in a transaction: a flag raised twice in one chunk opens one case.
        cases = [.. cases.DistinctBy(o => (o.Case.Flag.FacilityId, o.Case.CaseId))];
        ITableEntity[] rows = [.. cases.SelectMany(o => new ITableEntity[] { CaseRows.State(o.Case, o.Source), CaseRows.Event(o.Case.Flag.FacilityId, o.Case.CaseId, o.Opened) })];
        int inserted = await Transactions.InsertMissingAsync(_cases, rows, cancel).ConfigureAwait(false);
        await Transactions.UpsertAsync(_index, [.. cases.Select(o => IndexRows.Of(o.Case)).OfType<ITableEntity>()], cancel).ConfigureAwait(false);
        await _sorted.OpenAsync(cases.Select(o => o.Case), cancel).ConfigureAwait(false);
        string[] newFacilities = [.. cases.Select(o => o.Case.Flag.FacilityId).Distinct().Where(f => !_knownFacilities.ContainsKey(f))];
        await Transactions.UpsertAsync(_facilities, [.. newFacilities.Select(FacilityRows.Of)], cancel).ConfigureAwait(false);
        foreach (string facility in newFacilities)
        {
            _knownFacilities[facility] = true;
        }

        // Also on a second delivery of the chunk: a crash before this line leaves the chunk to be delivered again.
        await _figures.MarkAsync(cases.Select(o => o.Case.Flag.FacilityId), cancel).ConfigureAwait(false);
        return inserted / 2;
    }

    public async Task<StoredCase?> GetAsync(CaseKey key, CancellationToken cancel)
    {
        NullableResponse<TableEntity> row = await _cases.GetEntityIfExistsAsync<TableEntity>(CaseRows.Partition(key.FacilityId),
            CaseRows.CaseRow(key.CaseId), cancellationToken: cancel).ConfigureAwait(false);
        ReviewCase? c = row.HasValue ? CaseRows.Case(row.Value!) : null;
        return c is null ? null : new StoredCase(c, row.Value!.ETag.ToString(), AssignmentColumns.Read(row.Value!, c.Stage)) { Source = CaseRows.Source(row.Value!) };
    }

    public async Task<bool> CommitAsync(StoredCase before, ReviewCase after, IReadOnlyList<CaseEvent> events, IReadOnlyList<LedgerPosting> postings,
        CancellationToken cancel)
    {
        string facility = after.Flag.FacilityId;
        CaseAssignment? claim = after.Stage == before.Case.Stage ? before.Assignment : null; // a claim lapses when the case changes stage
        var actions = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.UpdateReplace, AssignmentColumns.On(CaseRows.State(after, before.Source), claim), new ETag(before.Version)),
            new(TableTransactionActionType.UpsertReplace, OutboxRows.Of(before.Case, after)),
        };
        actions.AddRange(events.Select(e => new TableTransactionAction(TableTransactionActionType.Add, CaseRows.Event(facility, after.CaseId, e))));
        actions.AddRange(postings.Select((p, i) => new TableTransactionAction(TableTransactionActionType.Add, CaseRows.Ledger(p, i))));
        PointsEntry[] points = [.. events.Select(e => PointsEntry.Of(facility, after.CaseId, e)).OfType<PointsEntry>()];
        actions.AddRange(points.Select(p => new TableTransactionAction(TableTransactionActionType.Add, PointsRows.OnCase(p))));
        try
        {
            await _cases.SubmitTransactionAsync(actions, cancel).ConfigureAwait(false);
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409)
        {
            return false;
        }

        // Before the outbox row goes: a crash before this line leaves it, and the repair marks the facility.
        await _figures.MarkAsync([facility], cancel).ConfigureAwait(false);
        await SyncIndexAsync(before.Case, after, claim, cancel).ConfigureAwait(false);
        await TableDoctorPoints.CopyAsync(_points, points, cancel).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<CaseEvent>> EventsAsync(CaseKey key, CancellationToken cancel)
    {
        string prefix = $"{CaseRows.EventPrefix}{Keys.Safe(key.CaseId)}|";
        var events = new List<CaseEvent>();
        await foreach (TableEntity e in Range(_cases, CaseRows.Partition(key.FacilityId), prefix, cancel).ConfigureAwait(false))
        {
            events.Add(CaseRows.Event(e));
        }

        return events;
    }

    public async Task<IReadOnlyList<LedgerPosting>> LedgerAsync(string facilityId, string? month, CancellationToken cancel)
    {
        var postings = new List<LedgerPosting>();
        string prefix = month is null ? CaseRows.LedgerPrefix : $"{CaseRows.LedgerPrefix}{month}|";
        await foreach (TableEntity e in Range(_cases, CaseRows.Partition(facilityId), prefix, cancel).ConfigureAwait(false))
        {
            postings.Add(CaseRows.Ledger(facilityId, e));
        }

        return postings;
    }

    public async IAsyncEnumerable<DueEntry> DueAsync(Stage stage, DateTimeOffset nowUtc, [EnumeratorCancellation] CancellationToken cancel)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {stage.ToString()} and RowKey lt {IndexRows.UpTo(nowUtc)}");
        await foreach (TableEntity e in _index.QueryAsync<TableEntity>(filter, select: ["RowKey", "FacilityId", "CaseId"], cancellationToken: cancel).ConfigureAwait(false))
        {
            yield return new DueEntry(new CaseKey(e.GetString("FacilityId"), e.GetString("CaseId")), stage, e.RowKey);
        }
    }

    public async Task<DateTimeOffset?> NextDueAsync(Stage stage, DateTimeOffset nowUtc, CancellationToken cancel)
    {
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {stage.ToString()} and RowKey gt {IndexRows.UpTo(nowUtc)}");
        await foreach (TableEntity e in _index.QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["RowKey"], cancellationToken: cancel).ConfigureAwait(false))
        {
            return IndexRows.DueOf(e.RowKey);
        }

        return null;
    }

    public async Task ReindexAsync(DueEntry stale, CancellationToken cancel)
    {
        StoredCase? current = await GetAsync(stale.Key, cancel).ConfigureAwait(false);
        TableEntity? row = current is null ? null : AssignmentColumns.OnIndex(IndexRows.Of(current.Case), current.Assignment);
        if (row is null || row.PartitionKey != stale.Stage.ToString() || row.RowKey != stale.IndexRow)
        {
            await DeleteIfExistsAsync(_index, stale.Stage.ToString(), stale.IndexRow, cancel).ConfigureAwait(false);
        }

        if (row is not null)
        {
            await _index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancel).ConfigureAwait(false);
        }

        if (current is not null)
        {
            await _sorted.MoveAsync(SortPlace.Of(stale.Stage.ToString(), stale.IndexRow), current.Case, current.Assignment, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Finishes what decisions left in the outbox of every facility (after a crash between a commit and its index update).</summary>
    public async Task<int> RepairIndexAsync(CancellationToken cancel)
    {
        int repaired = 0;
        await foreach (TableEntity facility in _facilities.QueryAsync<TableEntity>(cancellationToken: cancel).ConfigureAwait(false))
        {
            await foreach (TableEntity outbox in Range(_cases, facility.RowKey, OutboxRows.Prefix, cancel).ConfigureAwait(false))
            {
                var key = new CaseKey(facility.GetString("FacilityId"), outbox.GetString("CaseId"));
                await _figures.MarkAsync([key.FacilityId], cancel).ConfigureAwait(false);
                await DeleteIfExistsAsync(_index, outbox.GetString("OldIndexPartition"), outbox.GetString("OldIndexRow"), cancel).ConfigureAwait(false);
                if (await GetAsync(key, cancel).ConfigureAwait(false) is { } current)
                {
                    if (AssignmentColumns.OnIndex(IndexRows.Of(current.Case), current.Assignment) is { } row)
                    {
                        await _index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancel).ConfigureAwait(false);
                    }

                    await _sorted.MoveAsync(SortPlace.Of(outbox.GetString("OldIndexPartition"), outbox.GetString("OldIndexRow")), current.Case,
                        current.Assignment, cancel).ConfigureAwait(false);
                }

                await _cases.DeleteEntityAsync(outbox.PartitionKey, outbox.RowKey, outbox.ETag, cancel).ConfigureAwait(false);
                repaired++;
            }
        }

        return repaired;
    }

    private async Task SyncIndexAsync(ReviewCase before, ReviewCase after, CaseAssignment? claim, CancellationToken cancel)
    {
        if (IndexRows.Row(before) != IndexRows.Row(after) || before.Stage != after.Stage)
        {
            await DeleteIfExistsAsync(_index, before.Stage.ToString(), IndexRows.Row(before), cancel).ConfigureAwait(false);
        }

        if (AssignmentColumns.OnIndex(IndexRows.Of(after), claim) is { } row)
        {
            await _index.UpsertEntityAsync(row, TableUpdateMode.Replace, cancel).ConfigureAwait(false);
        }

        await _sorted.MoveAsync(SortPlace.Of(before), after, claim, cancel).ConfigureAwait(false);
        await DeleteIfExistsAsync(_cases, CaseRows.Partition(after.Flag.FacilityId), OutboxRows.Row(after), cancel).ConfigureAwait(false);
    }

    private static async Task DeleteIfExistsAsync(TableClient table, string partition, string row, CancellationToken cancel)
    {
        try
        {
            await table.DeleteEntityAsync(partition, row, ETag.All, cancel).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }

    private static IAsyncEnumerable<TableEntity> Range(TableClient table, string partition, string prefix, CancellationToken cancel) =>
        table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}"),
            cancellationToken: cancel);
}
