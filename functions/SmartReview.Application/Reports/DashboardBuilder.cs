using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// Builds a <see cref="Dashboard"/> in one pass over every case (with its appeal), every ledger posting and every
/// batch row. Seconds over tens of thousands of cases: call it through <see cref="DashboardService"/>.
/// </summary>
public sealed class DashboardBuilder(IReportSource source, IBatchStore batchStore, WorkingCalendar calendar)
{
    public async Task<Dashboard> BuildAsync(DateTimeOffset nowUtc, CancellationToken cancel)
    {
        var tally = new DashboardTally(nowUtc, calendar);
        await foreach (ReportCase c in source.CasesAsync(null, withAppeals: true, cancel).ConfigureAwait(false))
        {
            tally.Add(c);
        }

        await foreach (LedgerPosting p in source.LedgerAsync(null, null, cancel).ConfigureAwait(false))
        {
            tally.Add(p);
        }

        IReadOnlyList<BatchRecord> batches = await batchStore.ListAsync(cancel).ConfigureAwait(false);
        long screened = batches.Where(b => b.Status == BatchStatus.Completed).Sum(b => b.Totals.Accepted);
        return tally.Result(screened);
    }
}
