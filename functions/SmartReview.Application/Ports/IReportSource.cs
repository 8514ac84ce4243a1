using SmartReview.Application.Reports;
using SmartReview.Review;

namespace SmartReview.Application.Ports;

/// <summary>
/// What the dashboard and the exports read: whole passes over cases, events and ledger postings, one facility
/// or all of them. Slow by nature (a scan); only <see cref="DashboardService"/> (cached) and the exports (streamed)
/// call it, never a page per request.
/// </summary>
public interface IReportSource
{
    /// <summary>
    /// Every case of <paramref name="facilityId"/> (all facilities when null), in no set order. With
    /// <paramref name="withAppeals"/>, each says whether and against what amount its facility appealed.
    /// </summary>
    IAsyncEnumerable<ReportCase> CasesAsync(string? facilityId, bool withAppeals, CancellationToken cancel);

    /// <summary>Every event of the facility's cases (all facilities when null), of one China-time month (yyyy-MM) if given; a case's in order.</summary>
    IAsyncEnumerable<ReportEvent> EventsAsync(string? facilityId, string? month, CancellationToken cancel);

    /// <summary>Every ledger posting of the facility (all when null), of one month if given; a facility's in month order.</summary>
    IAsyncEnumerable<LedgerPosting> LedgerAsync(string? facilityId, string? month, CancellationToken cancel);
}
