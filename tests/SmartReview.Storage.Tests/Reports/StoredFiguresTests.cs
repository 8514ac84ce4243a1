using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Reports.ReportScenario;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>The stored figures (docs/decisions/0023): marked by every case write, counted facility by facility, equal to a full rebuild.</summary>
public sealed class StoredFiguresTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Refresh_AfterBatchesDecisionsAndACorrection_StoredFiguresEqualAFullRebuild()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        CaseKey a1 = await rig.OpenAsync(A, 1000m);
        CaseKey a2 = await rig.OpenAsync(A, 500m, rule: "SR-002");
        CaseKey b1 = await rig.OpenAsync(B, 3000m);
        await figures.Refresher.RefreshAsync(Ct);
        await AssertEqualAsync(figures);

        rig.Clock.Now += TimeSpan.FromHours(2);
        await rig.MustAsync(a1, new ConfirmFlag(800m, "超标准收费"), Reviewer1);
        await rig.MustAsync(a2, new DismissFlag("合理收费"), Reviewer1);
        await rig.MustAsync(b1, new ConfirmFlag(3000m, "重复收费"), Reviewer1);
        await rig.MustAsync(b1, new FileAppeal("部分合理", []), Facility(B));
        await figures.Refresher.RefreshAsync(Ct);
        await AssertEqualAsync(figures);

        await rig.MustAsync(a1, new AcceptDecision(null), Facility(A));
        await rig.MustAsync(a1, new FinaliseDecision("维持"), Supervisor);
        await rig.MustAsync(b1, new AdjustAmount(1200m, "部分合理"), Reviewer2);
        await rig.MustAsync(b1, new AcceptDecision(null), Facility(B));
        await rig.MustAsync(b1, new FinaliseDecision("维持"), Supervisor);
        await rig.OpenAsync(B, 100m);
        await figures.Refresher.RefreshAsync(Ct);
        await AssertEqualAsync(figures);

        rig.Clock.Now += TimeSpan.FromDays(30);
        await rig.MustAsync(b1, new CorrectDecision(Outcome.Confirmed, 1500m, "复核更正"), Supervisor);
        await rig.MustAsync(a1, new RecordReceipt(LedgerKind.Recovery, 300m, ReceiptMethod.Transfer, "V-1"), Supervisor);
        await figures.Refresher.RefreshAsync(Ct);
        Dashboard stored = await AssertEqualAsync(figures);
        Assert.Equal(4, stored.Funnel.Flags);
        Assert.Equal(2300m, stored.Funnel.Recovered);
        Assert.Equal(300m, stored.Ledger.Received.Recovery);
    }

    [Fact]
    public async Task Refresh_NamesRecordedAtIngest_ShownAndFollowedWhenTheyChange()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        var names = new Storage.Cases.TableFacilityNames(rig.Account);
        await names.RecordAsync(new Dictionary<string, string> { [A] = "第一人民医院" }, Ct);
        CaseKey opened = await rig.OpenAsync(A, 1000m);
        await rig.OpenAsync(B, 300m); // no name recorded, and its settlement is not kept: none shown
        await figures.Refresher.RefreshAsync(Ct);
        Dashboard first = await figures.ServeAtOnce(figures.Refresher).GetAsync(cancel: Ct);

        await names.RecordAsync(new Dictionary<string, string> { [A] = "市第一人民医院" }, Ct);
        await rig.MustAsync(opened, new DismissFlag("合理收费"), Reviewer1);
        await figures.Refresher.RefreshAsync(Ct);
        Dashboard renamed = await figures.ServeAtOnce(figures.Refresher).GetAsync(cancel: Ct);

        Assert.Equal("第一人民医院", first.ByFacility.Single(f => f.FacilityId == A).Name);
        Assert.Null(first.ByFacility.Single(f => f.FacilityId == B).Name);
        Assert.Equal("市第一人民医院", renamed.ByFacility.Single(f => f.FacilityId == A).Name);
    }

    [Fact]
    public async Task Write_BatchThenDecision_MarksTheFacilityAndTheNextPassMakesTheStoredFiguresCurrent()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        FigureRefresher refresher = figures.Refresher;
        await rig.OpenAsync(B, 200m);
        await refresher.RefreshAsync(Ct);

        CaseKey opened = await rig.OpenAsync(A, 1000m);
        Assert.Equal([A], (await figures.Store.MarksAsync(Ct)).Select(m => m.FacilityId));
        int afterBatch = await refresher.RefreshAsync(Ct);
        Dashboard counted = await figures.ServeAtOnce(refresher).GetAsync(cancel: Ct);
        await rig.MustAsync(opened, new ConfirmFlag(700m, "超标准收费"), Reviewer1);
        Assert.Equal([A], (await figures.Store.MarksAsync(Ct)).Select(m => m.FacilityId));
        int afterDecision = await refresher.RefreshAsync(Ct);
        Dashboard current = await figures.ServeAtOnce(refresher).GetAsync(cancel: Ct);

        Assert.Equal((1, 1), (afterBatch, afterDecision));
        Assert.Equal(2, counted.Funnel.Flags);
        Assert.Equal(0, current.Pending);
        Assert.Empty(await figures.Store.MarksAsync(Ct));
        Assert.Equal(new RuleFigures("SR-001", Hits: 2, Open: 2, 0, 0, null, 1200m, 0m), Assert.Single(current.ByRule));
        Assert.Equal(1, current.Ageing.Single(a => a.Stage == Stage.Appeal).Open);
    }

    [Fact]
    public async Task Get_RightAfterADecision_JoinsThePassAndServesItCounted()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        CaseKey opened = await rig.OpenAsync(A, 1000m);
        DashboardService service = figures.Service;
        await service.GetAsync(cancel: Ct);

        await rig.MustAsync(opened, new DismissFlag("合理收费"), Reviewer1);
        Dashboard d = await service.GetAsync(cancel: Ct);

        Assert.Equal(0, d.Pending);
        Assert.Equal(0, d.Ageing.Single(a => a.Stage == Stage.FirstReview).Open);
        Assert.Equal(1, d.Ageing.Single(a => a.Stage == Stage.FinalDecision).Open);
    }

    [Fact]
    public async Task Get_ChangesPendingAndNoWait_ServesTheLastCountAndSaysSo()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        await rig.OpenAsync(A, 1000m);
        await figures.Refresher.RefreshAsync(Ct);
        await rig.OpenAsync(B, 300m);

        // No wait: the pass this read starts goes on without it, and what is stored is served at once.
        Dashboard d = await figures.ServeAtOnce(figures.Refresher).GetAsync(cancel: Ct);

        Assert.Equal(1, d.Pending);
        Assert.Equal(1, d.Funnel.Flags);
    }

    [Fact]
    public async Task Get_CasesStoredButNothingEverCounted_CountsFirstAndNeverShowsZero()
    {
        CaseRig rig = await SeedAsync(azurite);
        var figures = new FigureRig(rig);

        Dashboard first = await figures.Service.GetAsync(cancel: Ct);
        Dashboard afterRestart = await new FigureRig(rig).Service.GetAsync(cancel: Ct);
        int passAfterRestart = await new FigureRig(rig).Refresher.RefreshAsync(Ct);

        Assert.Equal(new Funnel(1200, 7, 7600m, 3, 2900m, 2900m), first.Funnel);
        Assert.Equal(first.Funnel, afterRestart.Funnel);
        Assert.Equal(0, passAfterRestart);
        Assert.Equal(rig.Clock.Now, afterRestart.CountedUtc);
    }

    [Fact]
    public async Task Save_CountAfterAnEarlierMark_DoesNotReplaceACountAfterALaterOne()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var figures = new FigureRig(rig);
        await rig.OpenAsync(A, 1000m);
        FigureMark early = Assert.Single(await figures.Store.MarksAsync(Ct));
        FigureSums stale = await figures.Builder.CountAsync(A, Ct);
        await Task.Delay(20, Ct);
        await rig.OpenAsync(A, 500m);
        await figures.Refresher.RefreshAsync(Ct);

        bool saved = await figures.Store.SaveAsync(early, stale, null, Ct);
        await figures.Store.ClearAsync(early, Ct);

        Assert.False(saved);
        Assert.Equal(2, (await figures.Service.GetAsync(cancel: Ct)).Funnel.Flags);
    }

    /// <summary>The dashboard from the stored figures equals a full rebuild at the same time, figure by figure.</summary>
    private static async Task<Dashboard> AssertEqualAsync(FigureRig figures)
    {
        Dashboard stored = await figures.Service.GetAsync(cancel: Ct);
        foreach (MonthBasis basis in new[] { MonthBasis.Discharge, MonthBasis.Settlement })
        {
            Dashboard s = await figures.Service.GetAsync(basis, Ct);
            Dashboard full = await figures.Builder.BuildAsync(s.AsOfUtc, Ct, basis);
            Assert.Equal(full.Funnel, s.Funnel);
            Assert.Equal(full.ByRule, s.ByRule);
            Assert.Equal(full.ByFacility, s.ByFacility);
            Assert.Equal(full.ByMonth, s.ByMonth);
            Assert.Equal(full.Ageing, s.Ageing);
            Assert.Equal(full.Ledger, s.Ledger);
            Assert.Equal(0, s.Pending);
        }

        return stored;
    }
}
