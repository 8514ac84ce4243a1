using SmartReview.Application.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Ledger;

/// <summary>
/// Two facilities over three China-time months of fines, damages, receipts and a correction: after every decision, per
/// facility and per month, the stored ledger rows say due = received + outstanding to the fen, and agree with the cases.
/// </summary>
public sealed class ReconciliationTests(AzuriteFixture azurite)
{
    private const string A = "H33010000001";
    private const string B = "H33010000002";
    private static readonly Actor OtherSupervisor = new("sup-2", Role.Supervisor);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ledger_FinesReceiptsAndACorrectionOverThreeMonths_ReconcilesPerFacilityAndMonthAtEveryStep()
    {
        // Arrange: March (CaseRig.Start is 2024-03-04)
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        var keys = new Dictionary<string, List<CaseKey>> { [A] = [], [B] = [] };
        async Task<CaseKey> Closed(string facility, decimal stake, decimal amount, Sanctions? sanctions)
        {
            CaseKey key = await rig.OpenAsync(facility, stake);
            keys[facility].Add(key);
            await Step(rig, keys, key, new ConfirmFlag(amount, "违规收费"), Reviewer1);
            await Step(rig, keys, key, new AcceptDecision(null), Facility(facility));
            await Step(rig, keys, key, new FinaliseDecision("终审", Sanctions: sanctions), Supervisor);
            return key;
        }

        CaseKey a1 = await Closed(A, 1000m, 1000m,
            new Sanctions(new Penalty("art38", 1500m), [new(AgreementMeasure.LiquidatedDamages, Amount: 2000m)], []));
        CaseKey a2 = await Closed(A, 500m, 300m, null);
        CaseKey b1 = await Closed(B, 2000m, 2000m, new Sanctions(new Penalty("art40", 4000m), [new(AgreementMeasure.TerminateAgreement)], [Referral.Police]));

        // Act: April receipts
        rig.Clock.Now += TimeSpan.FromDays(30);
        await Step(rig, keys, a1, new RecordReceipt(LedgerKind.Recovery, 1000m, ReceiptMethod.Deduction, "2024-04 拨付扣减"), Supervisor);
        await Step(rig, keys, a1, new RecordReceipt(LedgerKind.Damages, 500m, ReceiptMethod.Transfer, "TX-A-1"), Supervisor);
        await Step(rig, keys, a2, new RecordReceipt(LedgerKind.Recovery, 100m, ReceiptMethod.Deduction, "2024-04 拨付扣减"), Supervisor);
        await Step(rig, keys, b1, new RecordReceipt(LedgerKind.Recovery, 2000m, ReceiptMethod.Transfer, "TX-B-1"), Supervisor);

        // Act: May, a correction above what was received and the fine paid
        rig.Clock.Now += TimeSpan.FromDays(30);
        await Step(rig, keys, a2, new CorrectDecision(Outcome.Confirmed, 400m, "复核更正"), OtherSupervisor);
        await Step(rig, keys, a1, new RecordReceipt(LedgerKind.Penalty, 1500m, ReceiptMethod.Deduction, "2024-05 拨付扣减"), Supervisor);

        // Assert: facility A month by month
        Owed owed = Owed.Of(A, await rig.Store.LedgerAsync(A, null, Ct));
        Assert.Equal(
            new[]
            {
                ("2024-03", new LedgerAmounts(1300m, 1500m, 2000m), LedgerAmounts.Zero, new LedgerAmounts(1300m, 1500m, 2000m)),
                ("2024-04", LedgerAmounts.Zero, new LedgerAmounts(1100m, 0m, 500m), new LedgerAmounts(200m, 1500m, 1500m)),
                ("2024-05", new LedgerAmounts(100m, 0m, 0m), new LedgerAmounts(0m, 1500m, 0m), new LedgerAmounts(300m, 0m, 1500m)),
            },
            owed.Months.Select(m => (m.Month, m.Due, m.Received, m.Outstanding)));
        Assert.Equal(new LedgerAmounts(300m, 0m, 1500m), owed.Outstanding);
        Assert.Equal(new LedgerAmounts(0m, 4000m, 0m), Owed.Of(B, await rig.Store.LedgerAsync(B, null, Ct)).Outstanding);
        Assert.Equal(new LedgerAmounts(1300m, 1500m, 2000m), Owed.Of(A, await rig.Store.LedgerAsync(A, null, Ct), "2024-03").Outstanding);
    }

    [Fact]
    public async Task Correction_BelowWhatWasReceived_RefusedAndTheLedgerUnchanged()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(A, 1000m);
        var keys = new Dictionary<string, List<CaseKey>> { [A] = [key] };
        await Step(rig, keys, key, new ConfirmFlag(1000m, "违规"), Reviewer1);
        await Step(rig, keys, key, new AcceptDecision(null), Facility(A));
        await Step(rig, keys, key, new FinaliseDecision("终审"), Supervisor);
        await Step(rig, keys, key, new RecordReceipt(LedgerKind.Recovery, 700m, ReceiptMethod.Deduction, "2024-03 拨付"), Supervisor);
        int rows = (await rig.Store.LedgerAsync(A, null, Ct)).Count;

        // Act
        CommandResult result = await rig.DoAsync(key, new CorrectDecision(Outcome.Confirmed, 600m, "更正"), OtherSupervisor);

        // Assert
        Assert.Equal(RejectionCode.ExceedsOutstanding, result.Rejection!.Code);
        Assert.Equal(rows, (await rig.Store.LedgerAsync(A, null, Ct)).Count);
        await Reconciles(rig, keys);
    }

    /// <summary>Does one decision, then checks every facility's ledger against itself and its cases.</summary>
    private static async Task Step(CaseRig rig, Dictionary<string, List<CaseKey>> keys, CaseKey key, CaseCommand command, Actor by)
    {
        await rig.MustAsync(key, command, by);
        await Reconciles(rig, keys);
    }

    /// <summary>
    /// Per facility: what the rows make due, received and outstanding equals the sum over its cases' states; per month,
    /// a read of that month's rows alone gives the month's figures, due to date = received to date + outstanding, and
    /// nothing is outstanding below zero.
    /// </summary>
    private static async Task Reconciles(CaseRig rig, Dictionary<string, List<CaseKey>> keys)
    {
        foreach ((string facility, List<CaseKey> cases) in keys)
        {
            Owed owed = Owed.Of(facility, await rig.Store.LedgerAsync(facility, null, Ct));
            ReviewCase[] states = await Task.WhenAll(cases.Select(rig.CaseAsync));
            Assert.Equal(states.Aggregate(LedgerAmounts.Zero, (sum, c) => sum.Plus(c.Due)), owed.Due);
            Assert.Equal(states.Aggregate(LedgerAmounts.Zero, (sum, c) => sum.Plus(c.Received)), owed.Received);
            Assert.Equal(states.Aggregate(LedgerAmounts.Zero, (sum, c) => sum.Plus(c.Outstanding)), owed.Outstanding);
            foreach (MonthBalance month in owed.Months)
            {
                Owed alone = Owed.Of(facility, await rig.Store.LedgerAsync(facility, month.Month, Ct));
                Assert.Equal((month.Due, month.Received), (alone.Due, alone.Received));
                Assert.Equal(month.DueToDate, month.ReceivedToDate.Plus(month.Outstanding));
                Assert.All(LedgerAmounts.DueKinds, k => Assert.True(month.Outstanding.Of(k) >= 0m, $"{facility} {month.Month} {k} {month.Outstanding.Of(k)}"));
            }

            Assert.Equal(owed.Due, owed.Months.Aggregate(LedgerAmounts.Zero, (sum, m) => sum.Plus(m.Due)));
            Assert.All(owed.Cases, c => Assert.Equal(states.Single(s => s.CaseId == c.CaseId).Outstanding, c.Outstanding));
        }
    }
}
