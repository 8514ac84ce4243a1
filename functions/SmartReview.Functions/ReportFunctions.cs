using Microsoft.Azure.Functions.Worker;
using SmartReview.Application.Reports;

namespace SmartReview.Functions;

/// <summary>Keeps the dashboard figures current: every 5 seconds, the facilities whose cases changed are counted again (docs/decisions/0023).</summary>
internal sealed class ReportFunctions(FigureRefresher refresher)
{
    [Function("RefreshFigures")]
    public Task<int> RefreshAsync([TimerTrigger("*/5 * * * * *")] TimerInfo timer, CancellationToken cancel) => refresher.RefreshAsync(cancel);
}
