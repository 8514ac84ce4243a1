using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Reports;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Reports.ReportScenario;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>The dashboard's money by kind: <see cref="ReportScenario"/> plus, in April, a fined case of facility A with damages and a receipt.</summary>
public sealed class DashboardLedgerTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Build_FineDamagesAndAReceipt_LedgerAndMonthSplitByKindAndRecoveredStillTheConfirmedAmount()
    {
        // Arrange
        CaseRig rig = await SeedAsync(azurite);
        CaseKey key = await rig.OpenAsync(A, 500m);
        await rig.MustAsync(key, new ConfirmFlag(500m, "分解住院"), Reviewer1);
        await rig.MustAsync(key, new AcceptDecision(null), Facility(A));
        await rig.MustAsync(key, new FinaliseDecision("处罚",
            Sanctions: new Sanctions(new Penalty("art38", 1000m), [new(AgreementMeasure.LiquidatedDamages, Amount: 200m)], [])), Supervisor);
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Penalty, 300m, ReceiptMethod.Deduction, "2024-04 拨付"), Supervisor);

        // Act
        Dashboard d = await new DashboardBuilder(new TableReportSource(rig.Account), new TableBatchStore(rig.Account), WorkingCalendar.China)
            .BuildAsync(AsOf, Ct);

        // Assert
        Assert.Equal(new LedgerAmounts(3400m, 1000m, 200m), d.Ledger.Due);
        Assert.Equal(new LedgerAmounts(0m, 300m, 0m), d.Ledger.Received);
        Assert.Equal(new LedgerAmounts(3400m, 700m, 200m), d.Ledger.Outstanding);
        Assert.Equal(d.Funnel.ConfirmedAmount, d.Funnel.Recovered);
        MonthFigures april = d.ByMonth.Single(m => m.Month == "2024-04");
        Assert.Equal((800m, 1000m, 200m, 300m), (april.Recovered, april.Penalty, april.Damages, april.Received));
    }
}
