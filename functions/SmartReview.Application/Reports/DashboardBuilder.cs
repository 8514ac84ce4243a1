using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// Counts the <see cref="FigureSums"/> of one facility, or of all in one pass over every case (with its appeal) and
/// every ledger posting. Seconds over tens of thousands of cases: pages read the stored sums (<see cref="DashboardService"/>),
/// which <see cref="FigureRefresher"/> keeps current facility by facility; the full build is the reference they must equal.
/// </summary>
public sealed class DashboardBuilder(IReportSource source, IBatchStore batchStore, WorkingCalendar calendar)
{
    /// <summary>The sums over the cases and postings of <paramref name="facilityId"/>, or of all facilities when null.</summary>
    public async Task<FigureSums> CountAsync(string? facilityId, CancellationToken cancel)
    {
        var sums = new FigureSums();
        await foreach (ReportCase c in source.CasesAsync(facilityId, withAppeals: true, cancel).ConfigureAwait(false))
        {
            sums.Add(c);
        }

        await foreach (LedgerPosting p in source.LedgerAsync(facilityId, null, cancel).ConfigureAwait(false))
        {
            sums.Add(p);
        }

        return sums;
    }

    /// <summary>Settlements screened: the accepted total of the completed batches.</summary>
    public async Task<long> ScreenedAsync(CancellationToken cancel)
    {
        IReadOnlyList<BatchRecord> batches = await batchStore.ListAsync(cancel).ConfigureAwait(false);
        return batches.Where(b => b.Status == BatchStatus.Completed).Sum(b => b.Totals.Accepted);
    }

    /// <summary>A full rebuild, read at <paramref name="nowUtc"/>.</summary>
    public async Task<Dashboard> BuildAsync(DateTimeOffset nowUtc, CancellationToken cancel, MonthBasis basis = MonthBasis.Discharge)
    {
        FigureSums sums = await CountAsync(null, cancel).ConfigureAwait(false);
        return DashboardFigures.Of(sums, await ScreenedAsync(cancel).ConfigureAwait(false), nowUtc, calendar, basis);
    }
}
