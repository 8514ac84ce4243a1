using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Application.Reports;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Reports;

/// <summary>
/// <see cref="IReportSource"/> on the cases table: range reads of each facility partition (listed in the facilities
/// table), several facilities at a time, projecting only the columns needed. Appeals come from a filtered read of the
/// partition's event rows (<c>Kind eq 'AppealFiled'</c>), so nothing extra is written when a case is decided.
/// </summary>
public sealed class TableReportSource(StorageAccount account) : IReportSource
{
    private const int Parallel = 8;
    private readonly TableClient _cases = account.Cases;

    public IAsyncEnumerable<ReportCase> CasesAsync(string? facilityId, bool withAppeals, CancellationToken cancel) =>
        Merge(facilityId, (facility, cancel) => FacilityCasesAsync(facility, withAppeals, cancel), cancel);

    public async IAsyncEnumerable<ReportEvent> EventsAsync(string? facilityId, string? month, [EnumeratorCancellation] CancellationToken cancel)
    {
        // In facility order, each case's events in sequence: an export reads like the case history.
        await foreach (string facility in FacilitiesAsync(facilityId, cancel).ConfigureAwait(false))
        {
            string filter = Range(facility, CaseRows.EventPrefix);
            if (month is not null)
            {
                (DateTimeOffset from, DateTimeOffset to) = ChinaTime.MonthBounds(month);
                filter += " and " + TableClient.CreateQueryFilter($"AtUtc ge {from} and AtUtc lt {to}");
            }

            await foreach (TableEntity e in _cases.QueryAsync<TableEntity>(filter, select: ["RowKey", "Event"], cancellationToken: cancel).ConfigureAwait(false))
            {
                yield return new ReportEvent(new CaseKey(facility, CaseIdOfEvent(e.RowKey)), CaseRows.Event(e));
            }
        }
    }

    public async IAsyncEnumerable<LedgerPosting> LedgerAsync(string? facilityId, string? month, [EnumeratorCancellation] CancellationToken cancel)
    {
        string prefix = month is null ? CaseRows.LedgerPrefix : $"{CaseRows.LedgerPrefix}{month}|";
        await foreach (string facility in FacilitiesAsync(facilityId, cancel).ConfigureAwait(false))
        {
            await foreach (TableEntity e in _cases.QueryAsync<TableEntity>(Range(facility, prefix), select: CaseRows.LedgerColumns,
                cancellationToken: cancel).ConfigureAwait(false))
            {
                yield return CaseRows.Ledger(facility, e);
            }
        }
    }

    private async IAsyncEnumerable<ReportCase> FacilityCasesAsync(string facility, bool withAppeals, [EnumeratorCancellation] CancellationToken cancel)
    {
        Dictionary<string, decimal> appeals = withAppeals ? await AppealsAsync(facility, cancel).ConfigureAwait(false) : [];
        await foreach (TableEntity e in _cases.QueryAsync<TableEntity>(Range(facility, CaseRows.CasePrefix), select: ["State"], cancellationToken: cancel)
            .ConfigureAwait(false))
        {
            ReviewCase c = CaseRows.Case(e);
            yield return new ReportCase(c, appeals.TryGetValue(c.CaseId, out decimal appealed) ? appealed : null);
        }
    }

    /// <summary>Case id → the amount appealed against, from the facility's <c>AppealFiled</c> events.</summary>
    private async Task<Dictionary<string, decimal>> AppealsAsync(string facility, CancellationToken cancel)
    {
        var appeals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        string filter = Range(facility, CaseRows.EventPrefix) + " and " + TableClient.CreateQueryFilter($"Kind eq {nameof(EventKind.AppealFiled)}");
        await foreach (TableEntity e in _cases.QueryAsync<TableEntity>(filter, select: ["RowKey", "Event"], cancellationToken: cancel).ConfigureAwait(false))
        {
            CaseEvent appeal = CaseRows.Event(e);
            appeals.TryAdd(CaseIdOfEvent(e.RowKey), appeal.AmountBefore ?? 0m);
        }

        return appeals;
    }

    /// <summary>Runs <paramref name="read"/> over the facilities, <see cref="Parallel"/> at a time, merging what they yield.</summary>
    private async IAsyncEnumerable<T> Merge<T>(string? facilityId, Func<string, CancellationToken, IAsyncEnumerable<T>> read,
        [EnumeratorCancellation] CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        Channel<T> channel = Channel.CreateBounded<T>(new BoundedChannelOptions(4096) { SingleReader = true });
        Task producers = Task.Run(async () =>
        {
            try
            {
                await System.Threading.Tasks.Parallel.ForEachAsync(FacilitiesAsync(facilityId, stop.Token),
                    new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = stop.Token }, async (facility, token) =>
                    {
                        await foreach (T item in read(facility, token).ConfigureAwait(false))
                        {
                            await channel.Writer.WriteAsync(item, token).ConfigureAwait(false);
                        }
                    }).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (T item in channel.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
            {
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await producers.ConfigureAwait(false);
        }
    }

    /// <summary>The facility ids to read: the one asked for, or every facility with cases.</summary>
    private async IAsyncEnumerable<string> FacilitiesAsync(string? facilityId, [EnumeratorCancellation] CancellationToken cancel)
    {
        if (facilityId is not null)
        {
            yield return facilityId;
            yield break;
        }

        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {FacilityRows.Partition}");
        await foreach (TableEntity e in account.Facilities.QueryAsync<TableEntity>(filter, select: ["FacilityId"], cancellationToken: cancel).ConfigureAwait(false))
        {
            yield return e.GetString("FacilityId");
        }
    }

    private static string Range(string facility, string prefix) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {CaseRows.Partition(facility)} and RowKey ge {prefix} and RowKey lt {prefix + "\uffff"}");

    /// <summary>The case id in an event row key "e|{case}|{seq}", its percent-encoding undone.</summary>
    private static string CaseIdOfEvent(string rowKey) =>
        Uri.UnescapeDataString(rowKey[CaseRows.EventPrefix.Length..rowKey.LastIndexOf('|')]);
}
