using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Reports;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Reports.ReportScenario;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>The dashboard built over the cases of <see cref="ReportScenario"/>, figure by figure.</summary>
public sealed class DashboardTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DashboardBuilder Builder(CaseRig rig) =>
        new(new TableReportSource(rig.Account), new TableBatchStore(rig.Account), WorkingCalendar.China);

    [Fact]
    public async Task Build_ScenarioCases_FunnelAndLedgerReconcile()
    {
        CaseRig rig = await SeedAsync(azurite);

        Dashboard d = await Builder(rig).BuildAsync(AsOf, Ct);

        Assert.Equal(AsOf, d.AsOfUtc);
        Assert.Equal(new Funnel(1200, 7, 7600m, 3, 2900m, 2900m), d.Funnel);
        decimal ledger = 0m;
        foreach (string facility in new[] { A, B })
        {
            ledger += (await rig.Store.LedgerAsync(facility, null, Ct)).Sum(p => p.Amount);
        }

        Assert.Equal(ledger, d.Funnel.Recovered);
        Assert.Equal(d.Funnel.ConfirmedAmount, d.Funnel.Recovered);
        Assert.Equal(d.Funnel.Recovered, d.ByMonth.Sum(m => m.Recovered));
    }

    [Fact]
    public async Task Build_ScenarioCases_FiguresPerRuleAndFacility()
    {
        CaseRig rig = await SeedAsync(azurite);

        Dashboard d = await Builder(rig).BuildAsync(AsOf, Ct);

        Assert.Equal(
        [
            new RuleFigures("SR-001", Hits: 4, Open: 2, Confirmed: 1, Dismissed: 1, 0.5m, 2000m, 800m),
            new RuleFigures("SR-002", Hits: 3, Open: 0, Confirmed: 2, Dismissed: 1, 0.6667m, 5600m, 2100m),
        ], d.ByRule);
        Assert.Equal(
        [
            new FacilityFigures(A, Flags: 4, 3900m, Appealed: 1, 0.25m, AppealsDecided: 1, Overturned: 1, 1m, 800m),
            new FacilityFigures(B, Flags: 3, 3700m, Appealed: 2, 0.6667m, AppealsDecided: 2, Overturned: 1, 0.5m, 2100m),
        ], d.ByFacility);
    }

    [Fact]
    public async Task Build_BySettlementMonth_MonthsInChinaTimeAndCorrectionInItsOwnMonth()
    {
        CaseRig rig = await SeedAsync(azurite);

        Dashboard d = await Builder(rig).BuildAsync(AsOf, Ct, MonthBasis.Settlement);

        Assert.Equal(
        [
            new MonthFigures("2024-03", Flags: 7, 7600m, Confirmed: 3, 2900m, Recovered: 2600m),
            new MonthFigures("2024-04", Flags: 0, 0m, Confirmed: 0, 0m, Recovered: 300m),
        ], d.ByMonth);
    }

    [Fact]
    public async Task Build_OpenCasesSixWeeksOld_OverdueAndOverTwentyWorkingDays()
    {
        CaseRig rig = await SeedAsync(azurite);

        Dashboard d = await Builder(rig).BuildAsync(AsOf, Ct);
        Dashboard early = await Builder(rig).BuildAsync(CaseRig.Start.AddDays(8), Ct);

        Assert.Equal(
        [
            new StageAgeing(Stage.FirstReview, Open: 1, Overdue: 1, 0, 0, 0, AgeOver20: 1),
            new StageAgeing(Stage.Appeal, Open: 1, Overdue: 1, 0, 0, 0, AgeOver20: 1),
            new StageAgeing(Stage.ReReview, 0, 0, 0, 0, 0, 0),
            new StageAgeing(Stage.Panel, 0, 0, 0, 0, 0, 0),
            new StageAgeing(Stage.FinalDecision, 0, 0, 0, 0, 0, 0),
        ], d.Ageing);
        // Tuesday 12 March: 6 working days after Monday 4 March; neither deadline (15 and 10 working days) has passed.
        Assert.Equal(new StageAgeing(Stage.FirstReview, 1, 0, 0, Age6To10: 1, 0, 0), early.Ageing[0]);
        Assert.Equal(new StageAgeing(Stage.Appeal, 1, 0, 0, Age6To10: 1, 0, 0), early.Ageing[1]);
    }

    [Fact]
    public async Task Build_ByDischargeMonth_FlagsInTheMonthTheStaysEnded()
    {
        CaseRig rig = await SeedAsync(azurite);

        Dashboard d = await Builder(rig).BuildAsync(AsOf, Ct);

        // Every stay of the scenario was discharged on 2024-02-28; closings and the ledger stay in their own months.
        Assert.Equal(MonthBasis.Discharge, d.Months);
        Assert.Equal(
        [
            new MonthFigures("2024-02", Flags: 7, 7600m, Confirmed: 0, 0m, Recovered: 0m),
            new MonthFigures("2024-03", Flags: 0, 0m, Confirmed: 3, 2900m, Recovered: 2600m),
            new MonthFigures("2024-04", Flags: 0, 0m, Confirmed: 0, 0m, Recovered: 300m),
        ], d.ByMonth);
    }
}
