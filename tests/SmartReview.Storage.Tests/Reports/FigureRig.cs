using Microsoft.Extensions.Logging.Abstractions;
using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Reports;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>The dashboard's parts over a <see cref="CaseRig"/>'s account: the full build, the stored figures, their refresher and the service.</summary>
internal sealed class FigureRig(CaseRig rig)
{
    public DashboardBuilder Builder { get; } = new(new TableReportSource(rig.Account), new TableBatchStore(rig.Account), WorkingCalendar.China);

    public TableFigureStore Store { get; } = new(rig.Account, rig.Clock);

    public FigureRefresher Refresher => new(Store, Builder, new TableReportSource(rig.Account), new SettlementArchive(rig.Store, new BlobBatchFiles(rig.Account)),
        new TableFacilityNames(rig.Account), NullLogger<FigureRefresher>.Instance);

    public DashboardService Service => new(Store, Refresher, new DashboardSettings(), WorkingCalendar.China, rig.Clock);

    /// <summary>A service that never waits for changes pending to be counted.</summary>
    public DashboardService ServeAtOnce(FigureRefresher refresher) =>
        new(Store, refresher, new DashboardSettings { ReadWaitMilliseconds = 0 }, WorkingCalendar.China, rig.Clock);
}
