using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Cases;

/// <summary>
/// <see cref="ICaseQueries"/> on the case index (one stage partition, in due order) and on a facility's own partition
/// of the cases table (its case rows). One page is one request; the continuation token is the table's own. Filters go
/// into the table query (due before = a row-key bound of the index); only "claimed by nobody" is applied to the page
/// read, since rows written before claims existed have no assignee column to compare.
/// </summary>
public sealed class TableCaseQueries(StorageAccount account) : ICaseQueries
{
    private static readonly string[] IndexColumns = ["FacilityId", "CaseId", "RuleId", "DueUtc", "AmountAtStakeFen", "AmountFen", "Escalated", "Version", AssignmentColumns.AssigneeId];

    private readonly TableClient _cases = account.Cases;
    private readonly TableClient _index = account.CaseIndex;

    public async Task<CasePage> QueueAsync(CaseQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query.Stage);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {query.Stage.Value.ToString()}")
            + (query.FacilityId is { } f ? " and " + TableClient.CreateQueryFilter($"FacilityId eq {f}") : "")
            + (query.RuleId is { } r ? " and " + TableClient.CreateQueryFilter($"RuleId eq {r}") : "")
            + (query.DueBefore is { } due ? " and " + TableClient.CreateQueryFilter($"RowKey lt {IndexRows.Before(due)}") : "")
            + MinAmount(query)
            + (query.AssigneeId is { } a ? $" and {AssignmentColumns.AssigneeId} eq " + TableClient.CreateQueryFilter($"{a}") : "");
        Page<TableEntity> page = await FirstPageAsync(_index, filter, IndexColumns, query, cancel).ConfigureAwait(false);
        IEnumerable<TableEntity> rows = query.Unassigned ? page.Values.Where(e => AssignmentColumns.Assignee(e) is null) : page.Values;
        return new CasePage([.. rows.Select(e => Summary(e, query.Stage.Value))], page.ContinuationToken);
    }

    public async Task<CasePage> FacilityCasesAsync(CaseQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query.FacilityId);
        string partition = CaseRows.Partition(query.FacilityId);
        string filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {CaseRows.CasePrefix} and RowKey lt {CaseRows.CasePrefix + "\uffff"}")
            + (query.Stage is { } s ? " and " + TableClient.CreateQueryFilter($"Stage eq {s.ToString()}") : "")
            + (query.RuleId is { } r ? " and " + TableClient.CreateQueryFilter($"RuleId eq {r}") : "")
            + (query.DueBefore is { } due ? " and " + TableClient.CreateQueryFilter($"DueUtc lt {due.ToUniversalTime()}") : "")
            + MinAmount(query);
        Page<TableEntity> page = await FirstPageAsync(_cases, filter, null, query, cancel).ConfigureAwait(false);
        return new CasePage([.. page.Values.Select(e => Summary(CaseRows.Case(e)))], page.ContinuationToken);
    }

    private static string MinAmount(CaseQuery query) =>
        query.MinAmount is { } min ? " and " + TableClient.CreateQueryFilter($"AmountAtStakeFen ge {Fen.Of(Math.Ceiling(min * 100m) / 100m)}") : "";

    private static async Task<Page<TableEntity>> FirstPageAsync(TableClient table, string filter, string[]? select, CaseQuery query,
        CancellationToken cancel)
    {
        int take = Math.Clamp(query.Take, 1, CaseQuery.MaxTake);
        await foreach (Page<TableEntity> page in table.QueryAsync<TableEntity>(filter, take, select, cancel)
            .AsPages(query.Continuation, take).ConfigureAwait(false))
        {
            return page;
        }

        return Page<TableEntity>.FromValues([], null, null!);
    }

    private static CaseSummary Summary(TableEntity e, Review.Stage stage)
    {
        var key = new CaseKey(e.GetString("FacilityId"), e.GetString("CaseId"));
        return new CaseSummary(key.ToString(), key.FacilityId, key.CaseId, stage, e.GetDateTimeOffset("DueUtc"), e.GetString("RuleId"),
            Fen.Yuan(e.GetInt64("AmountAtStakeFen") ?? 0), e.GetInt64("AmountFen") is { } a ? Fen.Yuan(a) : null, e.GetBoolean("Escalated") ?? false,
            e.GetInt32("Version") ?? 0, AssignmentColumns.Assignee(e));
    }

    private static CaseSummary Summary(Review.ReviewCase c) =>
        new(new CaseKey(c.Flag.FacilityId, c.CaseId).ToString(), c.Flag.FacilityId, c.CaseId, c.Stage, c.DueUtc, c.Flag.RuleId, c.Flag.AmountAtStake,
            c.Amount, c.Escalated, c.Version);
}
