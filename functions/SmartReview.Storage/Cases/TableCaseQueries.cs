using Azure;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;

namespace SmartReview.Storage.Cases;

/// <summary>
/// <see cref="ICaseQueries"/> on the case index (one stage partition, in due order), its sorted copies (one range of
/// the stage's partition of <c>{p}casesort</c> per order, <see cref="SortRows"/>) and a facility's own partition of the
/// cases table (its case rows). The continuation token is the table's own, so paging is stable in every order. Filters
/// go into the table query (due before = a row-key bound of the index); only "claimed by nobody" is applied to the rows
/// read, since rows written before claims existed have no assignee column to compare. A page reads on until it is
/// full or the list ends, at most <see cref="RequestsPerPage"/> requests (a filter the table must scan for may leave it
/// short, with a next one).
/// </summary>
public sealed class TableCaseQueries(StorageAccount account) : ICaseQueries
{
    /// <summary>The most requests one page or one bounded count makes.</summary>
    public const int RequestsPerPage = 5;

    /// <summary>How far a count the counters cannot answer counts before it says "at least".</summary>
    public const int CountBound = 1000;

    private static readonly string[] IndexColumns =
        ["FacilityId", "CaseId", "RuleId", "Origin", "DueUtc", "AmountAtStakeFen", "AmountFen", "Escalated", "Version", AssignmentColumns.AssigneeId];

    private readonly TableClient _cases = account.Cases;
    private readonly TableClient _index = account.CaseIndex;
    private readonly TableClient _sorted = account.CaseSort;

    public async Task<CasePage> QueueAsync(CaseQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query.Stage);
        (TableClient table, string filter) = Source(query);
        (List<TableEntity> rows, string? next) = await ReadAsync(table, filter, IndexColumns, PageSize(query), query.Continuation, Keep(query), cancel).ConfigureAwait(false);
        return new CasePage([.. rows.Select(e => Summary(e, query.Stage.Value))], next);
    }

    public async Task<QueueCount> CountAsync(CaseQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query.Stage);
        if (query.CountedByCounters)
        {
            long sum = 0;
            await foreach (TableEntity e in _sorted.QueryAsync<TableEntity>(Range(query.Stage.Value.ToString(), CountRows.Prefix(query.FacilityId, query.RuleId)),
                select: [CountRows.Count], cancellationToken: cancel).ConfigureAwait(false))
            {
                sum += e.GetInt64(CountRows.Count) ?? 0;
            }

            return new QueueCount(Math.Max(0, sum), false);
        }

        (TableClient table, string filter) = Source(query, indexed: true);
        (List<TableEntity> rows, string? next) = await ReadAsync(table, filter, ["RowKey", AssignmentColumns.AssigneeId], CountBound, null, Keep(query), cancel)
            .ConfigureAwait(false);
        return new QueueCount(rows.Count, next is not null);
    }

    public async Task<CasePage> FacilityCasesAsync(CaseQuery query, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(query.FacilityId);
        string filter = Range(CaseRows.Partition(query.FacilityId), CaseRows.CasePrefix)
            + (query.Stage is { } s ? " and " + TableClient.CreateQueryFilter($"Stage eq {s.ToString()}") : "")
            + (query.RuleId is { } r ? " and " + TableClient.CreateQueryFilter($"RuleId eq {r}") : "")
            + Origin(query)
            + (query.SettlementId is { } settlement ? " and " + TableClient.CreateQueryFilter($"SettlementId eq {settlement}") : "")
            + (query.PersonId is { } person ? " and " + TableClient.CreateQueryFilter($"PersonId eq {person}") : "")
            + (query.DueBefore is { } due ? " and " + TableClient.CreateQueryFilter($"DueUtc lt {due.ToUniversalTime()}") : "")
            + MinAmount(query);
        (List<TableEntity> rows, string? next) = await ReadAsync(_cases, filter, null, PageSize(query), query.Continuation, null, cancel).ConfigureAwait(false);
        return new CasePage([.. rows.Select(e => Summary(CaseRows.Case(e)))], next);
    }

    /// <summary>
    /// The table and filter a stage's list reads: the order's range of sorted rows; a bounded count (no order) reads the
    /// case index, whose due bound is a row-key bound.
    /// </summary>
    private (TableClient Table, string Filter) Source(CaseQuery query, bool indexed = false)
    {
        string stage = query.Stage!.Value.ToString();
        string where = (indexed ? TableClient.CreateQueryFilter($"PartitionKey eq {stage}") : Range(stage, SortRows.Prefix(query.Order)))
            + (query.FacilityId is { } f ? " and " + TableClient.CreateQueryFilter($"FacilityId eq {f}") : "")
            + (query.RuleId is { } r ? " and " + TableClient.CreateQueryFilter($"RuleId eq {r}") : "")
            + Origin(query)
            + (query.SettlementId is { } settlement ? " and " + TableClient.CreateQueryFilter($"SettlementId eq {settlement}") : "")
            + (query.PersonId is { } person ? " and " + TableClient.CreateQueryFilter($"PersonId eq {person}") : "")
            + (query.DueBefore is not { } due ? ""
                : indexed ? " and " + TableClient.CreateQueryFilter($"RowKey lt {IndexRows.Before(due)}")
                : " and " + $"{IndexRows.DueKey} lt " + TableClient.CreateQueryFilter($"{IndexRows.Before(due)}"))
            + MinAmount(query)
            + (query.AssigneeId is { } a ? $" and {AssignmentColumns.AssigneeId} eq " + TableClient.CreateQueryFilter($"{a}") : "");
        return (indexed ? _index : _sorted, where);
    }

    private static int PageSize(CaseQuery query) => Math.Clamp(query.Take, 1, CaseQuery.MaxTake);

    private static Func<TableEntity, bool>? Keep(CaseQuery query) => query.Unassigned ? e => AssignmentColumns.Assignee(e) is null : null;

    private static string Range(string partition, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}");

    /// <summary>Rows written before origins were kept have no <c>Origin</c> column: they show only when no origin is asked for.</summary>
    private static string Origin(CaseQuery query) =>
        query.Origin is { } o ? " and " + TableClient.CreateQueryFilter($"Origin eq {o.ToString()}") : "";

    private static string MinAmount(CaseQuery query) =>
        query.MinAmount is { } min ? " and " + TableClient.CreateQueryFilter($"AmountAtStakeFen ge {Fen.Of(Math.Ceiling(min * 100m) / 100m)}") : "";

    /// <summary>Up to <paramref name="take"/> rows from <paramref name="continuation"/> on, and the token after the last request.</summary>
    private static async Task<(List<TableEntity> Rows, string? Next)> ReadAsync(TableClient table, string filter, string[]? select, int take,
        string? continuation, Func<TableEntity, bool>? keep, CancellationToken cancel)
    {
        var rows = new List<TableEntity>();
        string? token = continuation;
        for (int request = 0; request < RequestsPerPage && rows.Count < take; request++)
        {
            int want = Math.Min(take - rows.Count, 1000);
            Page<TableEntity>? page = null;
            await foreach (Page<TableEntity> p in table.QueryAsync<TableEntity>(filter, want, select, cancel).AsPages(token, want).ConfigureAwait(false))
            {
                page = p;
                break;
            }

            rows.AddRange(page is null ? [] : keep is null ? page.Values : page.Values.Where(keep));
            token = page?.ContinuationToken;
            if (token is null)
            {
                break;
            }
        }

        return (rows, token);
    }

    private static CaseSummary Summary(TableEntity e, Review.Stage stage)
    {
        var key = new CaseKey(e.GetString("FacilityId"), e.GetString("CaseId"));
        return new CaseSummary(key.ToString(), key.FacilityId, key.CaseId, stage, e.GetDateTimeOffset("DueUtc"), e.GetString("RuleId"),
            Fen.Yuan(e.GetInt64("AmountAtStakeFen") ?? 0), e.GetInt64("AmountFen") is { } a ? Fen.Yuan(a) : null, e.GetBoolean("Escalated") ?? false,
            e.GetInt32("Version") ?? 0, AssignmentColumns.Assignee(e)) { Origin = Enum.TryParse(e.GetString("Origin"), out Review.CaseOrigin o) ? o : Review.CaseOrigin.RuleFlag };
    }

    private static CaseSummary Summary(Review.ReviewCase c) =>
        new(new CaseKey(c.Flag.FacilityId, c.CaseId).ToString(), c.Flag.FacilityId, c.CaseId, c.Stage, c.DueUtc, c.Flag.RuleId, c.Flag.AmountAtStake,
            c.Amount, c.Escalated, c.Version)
        {
            Origin = c.Flag.Source,
            SettlementId = c.Flag.SettlementId,
            PersonId = c.Flag.PersonId,
            Discharge = c.Flag.Discharge,
            FinalOutcome = c.Stage == Review.Stage.Closed ? c.FinalOutcome : null,
        };
}
