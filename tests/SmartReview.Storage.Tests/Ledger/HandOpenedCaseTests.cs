using SmartReview.Application.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Review;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Ledger;

/// <summary>Cases people open, through the opener and the case handler onto Azurite's tables: a self-report refund and an inspection's 2× fine.</summary>
public sealed class HandOpenedCaseTests(AzuriteFixture azurite)
{
    private const string A = "H33010000001";
    private static readonly Actor Supervisor2 = new("sup-2", Role.Supervisor);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CaseOpener Opener(CaseRig rig) => new(rig.Store, new TableFacilities(rig.Account), rig.Settings, WorkingCalendar.China, rig.Clock);

    [Fact]
    public async Task SelfReportRefund_FiledAcceptedAndReceived_Reconciles()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseOpening filed = await Opener(rig).HandleAsync(new OpenCase(CaseOrigin.SelfReport, A, 1234.56m, "自查发现超标准收取护理费，主动退回"), Facility(A), Ct);
        Assert.True(filed.Ok, filed.Rejection?.MessageEn);

        // Act
        await rig.MustAsync(filed.Key, new AcceptReport("自查金额核实无误"), Reviewer1);
        await rig.MustAsync(filed.Key, new RecordReceipt(LedgerKind.Recovery, 1000m, ReceiptMethod.Deduction, "2024-03 月度拨付扣减"), Supervisor);
        await rig.MustAsync(filed.Key, new RecordReceipt(LedgerKind.Recovery, 234.56m, ReceiptMethod.Transfer, "TX-20240304-07"), Supervisor);

        // Assert
        IReadOnlyList<LedgerPosting> rows = await rig.Store.LedgerAsync(A, null, Ct);
        Assert.Equal(new[] { (LedgerKind.Recovery, 1234.56m), (LedgerKind.Receipt, 1000m), (LedgerKind.Receipt, 234.56m) },
            rows.OrderBy(p => p.Sequence).Select(p => (p.Kind, p.Amount)));
        Assert.All(rows, p => Assert.Equal(("SELF-REPORT", filed.Key.CaseId), (p.RuleId, p.CaseId)));
        Owed owed = Owed.Of(A, rows);
        Assert.Equal((1234.56m, 1234.56m, 0m), (owed.Due.Total, owed.Received.Total, owed.Outstanding.Total));
        MonthBalance march = Assert.Single(owed.Months);
        Assert.Equal(("2024-03", 1234.56m, 1234.56m, 0m), (march.Month, march.DueToDate.Recovery, march.ReceivedToDate.Recovery, march.Outstanding.Total));
        IReadOnlyList<CaseEvent> events = await rig.Store.EventsAsync(filed.Key, Ct);
        Assert.Equal([EventKind.CaseOpened, EventKind.ReportAccepted, EventKind.ReceiptRecorded, EventKind.ReceiptRecorded], events.Select(e => e.Kind));
        Assert.Equal((Facility(A).Id, Role.Facility), (events[0].ActorId, events[0].Role));
    }

    [Fact]
    public async Task InspectionCase_TwofoldPenaltyWithAgreementActionAndAReceipt_LeavesAnOutstandingBalance()
    {
        // Arrange: the facility is known from a flagged settlement
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        await rig.OpenAsync(A, 100m);
        CaseOpening opened = await Opener(rig).HandleAsync(
            new OpenCase(CaseOrigin.Inspection, A, 3000m, "飞行检查：串换高值耗材，查实金额3000元", "S000000000042"), Supervisor, Ct);
        Assert.True(opened.Ok, opened.Rejection?.MessageEn);
        CaseKey key = opened.Key;
        var order = new FinaliseDecision("依第三十八条处2倍罚款，限期整改",
            Sanctions: new Sanctions(new Penalty("art38", 6000m), [new AgreementAction(AgreementMeasure.Rectification, Until: new DateOnly(2024, 6, 30))], []));

        // Act
        await rig.MustAsync(key, new AcceptDecision(null), Facility(A));
        CommandResult byTheFinder = await rig.DoAsync(key, order, Supervisor);
        await rig.MustAsync(key, order, Supervisor2);
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Recovery, 3000m, ReceiptMethod.Deduction, "2024-03 拨付扣减"), Supervisor);
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Penalty, 2500m, ReceiptMethod.Transfer, "TX-0042"), Supervisor);

        // Assert
        Assert.Equal(RejectionCode.NotAllowed, byTheFinder.Rejection!.Code);
        Owed owed = Owed.Of(A, await rig.Store.LedgerAsync(A, null, Ct));
        CaseBalance balance = Assert.Single(owed.Cases, c => c.CaseId == key.CaseId);
        Assert.Equal(new LedgerAmounts(3000m, 6000m, 0m), balance.Due);
        Assert.Equal(new LedgerAmounts(3000m, 2500m, 0m), balance.Received);
        Assert.Equal(new LedgerAmounts(0m, 3500m, 0m), balance.Outstanding);
        Assert.Equal(owed.Due.Total, owed.Received.Total + owed.Outstanding.Total);
        ReviewCase stored = await rig.CaseAsync(key);
        Assert.Equal((CaseOrigin.Inspection, "S000000000042", "sup-1"), (stored.Flag.Source, stored.Flag.SettlementId, stored.FirstReviewerId));
        Assert.Equal(AgreementMeasure.Rectification, Assert.Single(stored.Sanctions!.Agreement).Measure);
        Assert.Equal(balance.Outstanding, stored.Outstanding);
    }

    [Fact]
    public async Task SelfReport_ClaimedByAReviewer_WhoMayDecideIt()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = (await Opener(rig).HandleAsync(new OpenCase(CaseOrigin.SelfReport, A, 50m, "自查退回"), Facility(A), Ct)).Key;
        var claims = new AssignmentHandler(rig.Store, new TableCaseAssignments(rig.Account, rig.Clock), new PeopleDirectory(), rig.Settings,
            WorkingCalendar.China, rig.Clock);

        // Act
        AssignmentResult byPanel = await claims.ClaimAsync(key, Panel[0], Ct);
        AssignmentResult byReviewer = await claims.ClaimAsync(key, Reviewer1, Ct);

        // Assert
        Assert.Equal(CommandStatus.Done, byReviewer.Status);
        Assert.Equal(CommandStatus.Rejected, byPanel.Status);
    }

    [Fact]
    public async Task Inspection_UnknownFacility_RefusedNamingTheFieldAndNothingStored()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);

        // Act
        CaseOpening refused = await Opener(rig).HandleAsync(new OpenCase(CaseOrigin.Tip, "H99999999999", 500m, "举报：挂床住院"), Supervisor, Ct);

        // Assert
        Assert.Equal(("facilityId", RejectionCode.InvalidCase), (refused.Field, refused.Rejection!.Code));
        Assert.Contains("H99999999999", refused.Rejection.MessageZh, StringComparison.Ordinal);
        Assert.Empty(await TableScan.PartitionAsync(rig.Account.Cases, "H99999999999"));
        Assert.False(await new TableFacilities(rig.Account).KnownAsync("H99999999999", Ct));
    }

    [Fact]
    public async Task SelfReport_ForAnotherFacility_NotAllowedAndNothingStored()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);

        // Act
        CaseOpening refused = await Opener(rig).HandleAsync(new OpenCase(CaseOrigin.SelfReport, "H33010000002", 500m, "代他院自查"), Facility(A), Ct);

        // Assert
        Assert.True(refused.NotAllowed);
        Assert.Empty(await TableScan.PartitionAsync(rig.Account.Cases, "H33010000002"));
    }
}
