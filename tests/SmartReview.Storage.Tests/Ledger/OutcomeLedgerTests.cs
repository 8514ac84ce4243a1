using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Application.Ledger;
using SmartReview.Review;
using SmartReview.Storage.Tests.Support;
using static SmartReview.Storage.Tests.Support.People;

namespace SmartReview.Storage.Tests.Ledger;

/// <summary>A penalty, agreement handling and receipts through the case handler onto Azurite's tables, and read back.</summary>
public sealed class OutcomeLedgerTests(AzuriteFixture azurite)
{
    private const string A = "H33010000001";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Confirmed ¥800 of ¥1,000, accepted, finalised with a 2× fine under art. 38 (¥1,600), a referral and an interview.</summary>
    private async Task<(CaseRig Rig, CaseKey Key)> FinedAsync()
    {
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        CaseKey key = await rig.OpenAsync(A, 1000m);
        await rig.MustAsync(key, new ConfirmFlag(800m, "超标准收费"), Reviewer1);
        await rig.MustAsync(key, new AcceptDecision(null), Facility(A));
        await rig.MustAsync(key, new FinaliseDecision("依第三十八条处2倍罚款",
            Sanctions: new Sanctions(new Penalty("art38", 1600m), [new(AgreementMeasure.Interview)], [Referral.Health])), Supervisor);
        return (rig, key);
    }

    [Fact]
    public async Task PenaltyAtTwice_WithAReceipt_LeavesAnOutstandingBalanceThatReconciles()
    {
        // Arrange
        (CaseRig rig, CaseKey key) = await FinedAsync();

        // Act
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Recovery, 800m, ReceiptMethod.Deduction, "2024-04 月度拨付扣减"), Supervisor);
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Penalty, 600m, ReceiptMethod.Transfer, "TX-20240304-01"), Supervisor);

        // Assert: the rows
        IReadOnlyList<LedgerPosting> rows = await rig.Store.LedgerAsync(A, null, Ct);
        Assert.Equal(
            new[]
            {
                (LedgerKind.Recovery, (LedgerKind?)null, (ReceiptMethod?)null, 800m), (LedgerKind.Penalty, null, null, 1600m),
                (LedgerKind.Receipt, LedgerKind.Recovery, ReceiptMethod.Deduction, 800m), (LedgerKind.Receipt, LedgerKind.Penalty, ReceiptMethod.Transfer, 600m),
            },
            rows.OrderBy(p => p.Sequence).ThenBy(p => p.Kind).Select(p => (p.Kind, p.Against, p.Method, p.Amount)));

        Assert.Equal(["2024-04 月度拨付扣减", "TX-20240304-01"], rows.Where(p => p.Kind == LedgerKind.Receipt).OrderBy(p => p.Sequence).Select(p => p.Reference));

        // Assert: what the facility owes, from the rows, and what the case says, from its state
        Owed owed = Owed.Of(A, rows);
        Assert.Equal(new LedgerAmounts(800m, 1600m, 0m), owed.Due);
        Assert.Equal(new LedgerAmounts(800m, 600m, 0m), owed.Received);
        Assert.Equal(new LedgerAmounts(0m, 1000m, 0m), owed.Outstanding);
        ReviewCase stored = await rig.CaseAsync(key);
        Assert.Equal(owed.Outstanding, stored.Outstanding);
        Assert.Equal(new Penalty("art38", 1600m), stored.Sanctions!.Penalty);
        Assert.Equal([Referral.Health], stored.Sanctions.Referrals);
    }

    [Fact]
    public async Task Receipt_AboveWhatIsOutstanding_RefusedAndNothingWritten()
    {
        // Arrange
        (CaseRig rig, CaseKey key) = await FinedAsync();
        await rig.MustAsync(key, new RecordReceipt(LedgerKind.Penalty, 600m, ReceiptMethod.Transfer, "TX-1"), Supervisor);
        List<TableEntity> before = await TableScan.PartitionAsync(rig.Account.Cases, A);

        // Act
        CommandResult result = await rig.DoAsync(key, new RecordReceipt(LedgerKind.Penalty, 1000.01m, ReceiptMethod.Transfer, "TX-2"), Supervisor);

        // Assert
        Assert.Equal(CommandStatus.Rejected, result.Status);
        Assert.Equal(RejectionCode.ExceedsOutstanding, result.Rejection!.Code);
        List<TableEntity> after = await TableScan.PartitionAsync(rig.Account.Cases, A);
        Assert.Equal(before.Select(e => (e.RowKey, e.ETag)), after.Select(e => (e.RowKey, e.ETag)));
    }

    [Fact]
    public async Task Receipts_TwoAtOnceForTheWholeBalance_OneIsBookedAndNothingIsOverpaid()
    {
        // Arrange
        (CaseRig rig, CaseKey key) = await FinedAsync();
        var second = new CaseCommandHandler(rig.Store, rig.Settings, WorkingCalendar.China, rig.Clock);
        var receipt = new RecordReceipt(LedgerKind.Penalty, 1600m, ReceiptMethod.Deduction, "2024-04 拨付");

        // Act
        CommandResult[] results = await Task.WhenAll(
            rig.Commands.HandleAsync(key, receipt, Supervisor, Ct), second.HandleAsync(key, receipt with { Reference = "2024-04 拨付（重复）" }, Supervisor, Ct));

        // Assert
        Assert.Single(results, r => r.Status == CommandStatus.Done);
        Assert.Single(results, r => r.Status is CommandStatus.Conflict || r.Rejection?.Code == RejectionCode.ExceedsOutstanding);
        IReadOnlyList<LedgerPosting> rows = await rig.Store.LedgerAsync(A, null, Ct);
        Assert.Equal(1600m, rows.Where(p => p.Kind == LedgerKind.Receipt).Sum(p => p.Amount));
        Assert.Equal(0m, (await rig.CaseAsync(key)).Outstanding.Penalty);
    }

    [Fact]
    public async Task Receipt_ByTheFacility_NotAllowed()
    {
        // Arrange
        (CaseRig rig, CaseKey key) = await FinedAsync();

        // Act
        CommandResult result = await rig.DoAsync(key, new RecordReceipt(LedgerKind.Penalty, 1m, ReceiptMethod.Transfer, "TX"), Facility(A));

        // Assert
        Assert.Equal(RejectionCode.NotAllowed, result.Rejection!.Code);
    }

    [Fact]
    public async Task Receipt_ByAnotherFacility_NotFound()
    {
        // Arrange
        (CaseRig rig, CaseKey key) = await FinedAsync();

        // Act
        CommandResult result = await rig.DoAsync(key, new RecordReceipt(LedgerKind.Penalty, 1m, ReceiptMethod.Transfer, "TX"), Facility("H33010000002"));

        // Assert
        Assert.Equal(CommandStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Ledger_RowWrittenBeforeKindsWereKept_ReadsAsARecovery()
    {
        // Arrange
        CaseRig rig = await CaseRig.CreateAsync(azurite);
        await rig.Account.Cases.AddEntityAsync(new TableEntity(A, "l|2024-01|F1|00005|0")
        {
            ["Month"] = "2024-01", ["RuleId"] = "SR-001", ["CaseId"] = "F1", ["Sequence"] = 5, ["AmountFen"] = 12345L,
        }, Ct);

        // Act
        LedgerPosting p = Assert.Single(await rig.Store.LedgerAsync(A, null, Ct));

        // Assert
        Assert.Equal((LedgerKind.Recovery, 123.45m, 123.45m, 0m), (p.Kind, p.Amount, p.Due, p.Received));
    }
}
