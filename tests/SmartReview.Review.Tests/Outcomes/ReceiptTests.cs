using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Outcomes;

/// <summary>Receipts against a closed case: ¥1,000.00 recovered with a 2× fine of ¥2,000.00 under art. 38.</summary>
public sealed class ReceiptTests
{
    private static Scenario Fined() => new CaseBuilder().Open().ToFinalDecision()
        .Must(new FinaliseDecision("处2倍罚款", Sanctions: new Sanctions(new Penalty("art38", 2000m), [], [])), Actors.Supervisor);

    private static RecordReceipt Paid(LedgerKind kind, decimal amount) => new(kind, amount, ReceiptMethod.Deduction, "2024-04 拨付扣减");

    [Fact]
    public void Record_PartOfThePenalty_MovesItFromOutstandingToReceived()
    {
        // Arrange
        Scenario s = Fined();

        // Act
        s.Must(Paid(LedgerKind.Penalty, 1200m), Actors.Supervisor);

        // Assert
        Assert.Equal(new LedgerAmounts(0m, 1200m, 0m), s.State.Received);
        Assert.Equal(new LedgerAmounts(1000m, 800m, 0m), s.State.Outstanding);
        LedgerPosting receipt = s.Postings[^1];
        Assert.Equal((LedgerKind.Receipt, LedgerKind.Penalty, ReceiptMethod.Deduction, 1200m, "2024-04 拨付扣减"),
            (receipt.Kind, receipt.Against, receipt.Method, receipt.Amount, receipt.Reference));
        Assert.Equal(EventKind.ReceiptRecorded, s.Events[^1].Kind);
        Assert.Equal(Stage.Closed, s.State.Stage);
    }

    [Fact]
    public void Record_MoreThanIsOutstanding_RefusedAndNothingBooked()
    {
        // Arrange
        Scenario s = Fined().Must(Paid(LedgerKind.Penalty, 1200m), Actors.Supervisor);
        int postings = s.Postings.Count;

        // Act
        Rejection r = s.Refuses(Paid(LedgerKind.Penalty, 800.01m), Actors.Supervisor, RejectionCode.ExceedsOutstanding);

        // Assert
        Assert.Contains("800.00", r.MessageZh);
        Assert.Equal(postings, s.Postings.Count);
    }

    [Fact]
    public void Record_ExactlyWhatIsOutstanding_LeavesNothingOutstanding()
    {
        // Arrange
        Scenario s = Fined();

        // Act
        s.Must(Paid(LedgerKind.Recovery, 1000m), Actors.Supervisor).Must(Paid(LedgerKind.Penalty, 2000m), Actors.Supervisor);

        // Assert
        Assert.Equal(LedgerAmounts.Zero, s.State.Outstanding);
        s.Refuses(Paid(LedgerKind.Recovery, 0.01m), Actors.Supervisor, RejectionCode.ExceedsOutstanding);
    }

    [Theory]
    [InlineData(LedgerKind.Damages)]
    [InlineData(LedgerKind.Receipt)]
    public void Record_AgainstAKindNotDue_Refused(LedgerKind kind)
    {
        // Act + Assert
        Fined().Refuses(Paid(kind, 1m), Actors.Supervisor, RejectionCode.ExceedsOutstanding);
    }

    [Theory]
    [InlineData(0, RejectionCode.InvalidAmount)]
    [InlineData(-5, RejectionCode.InvalidAmount)]
    [InlineData(1.005, RejectionCode.InvalidAmount)]
    public void Record_AmountNotAPositiveFen_Refused(decimal amount, RejectionCode code)
    {
        // Act + Assert
        Fined().Refuses(Paid(LedgerKind.Recovery, amount), Actors.Supervisor, code);
    }

    [Fact]
    public void Record_WithoutAVoucher_Refused()
    {
        // Act + Assert
        Fined().Refuses(new RecordReceipt(LedgerKind.Recovery, 10m, ReceiptMethod.Transfer, " "), Actors.Supervisor, RejectionCode.ReasonRequired);
    }

    [Fact]
    public void Record_BeforeTheCaseCloses_WrongStage()
    {
        // Act + Assert
        new CaseBuilder().Open().ToFinalDecision().Refuses(Paid(LedgerKind.Recovery, 10m), Actors.Supervisor, RejectionCode.WrongStage);
    }

    [Theory]
    [InlineData(Role.Facility)]
    [InlineData(Role.Reviewer)]
    [InlineData(Role.Administrator)]
    public void Record_ByANonSupervisor_NotAllowed(Role role)
    {
        // Act + Assert
        Fined().Refuses(Paid(LedgerKind.Recovery, 10m), new Actor("x", role, role == Role.Facility ? Actors.FacilityId : null), RejectionCode.NotAllowed);
    }

    [Fact]
    public void Correct_BelowWhatWasReceived_Refused()
    {
        // Arrange
        Scenario s = Fined().Must(Paid(LedgerKind.Recovery, 600m), Actors.Supervisor);

        // Act + Assert
        s.Refuses(new CorrectDecision(Outcome.Confirmed, 500m, "更正", Sanctions.None), new Actor("sup-2", Role.Supervisor), RejectionCode.ExceedsOutstanding);
        s.Refuses(new CorrectDecision(Outcome.Dismissed, 0m, "撤销"), new Actor("sup-2", Role.Supervisor), RejectionCode.ExceedsOutstanding);
    }

    [Fact]
    public void Correct_WithANewFine_ReversesAndRebooksEveryKindAndKeepsTheReceipts()
    {
        // Arrange
        Scenario s = Fined().Must(Paid(LedgerKind.Recovery, 600m), Actors.Supervisor);

        // Act: ¥900 confirmed instead; the kept ¥2,000 fine is above 2× ¥900, so it is refused until replaced by one in range
        s.Refuses(new CorrectDecision(Outcome.Confirmed, 900m, "更正"), new Actor("sup-2", Role.Supervisor), RejectionCode.InvalidAmount);
        s.Must(new CorrectDecision(Outcome.Confirmed, 900m, "更正", new Sanctions(new Penalty("art38", 1800m), [], [])), new Actor("sup-2", Role.Supervisor));

        // Assert
        Assert.Equal(new LedgerAmounts(900m, 1800m, 0m), s.State.Due);
        Assert.Equal(new LedgerAmounts(300m, 1800m, 0m), s.State.Outstanding);
        Assert.Equal(
            new[] { (LedgerKind.Recovery, -1000m), (LedgerKind.Penalty, -2000m), (LedgerKind.Recovery, 900m), (LedgerKind.Penalty, 1800m) },
            s.Postings.Where(p => p.Sequence == s.State.Version).Select(p => (p.Kind, p.Amount)));
    }

    [Fact]
    public void Replay_WithSanctionsAndReceipts_EqualsTheState()
    {
        // Arrange
        Scenario s = Fined().Must(Paid(LedgerKind.Penalty, 1200m), Actors.Supervisor);

        // Act
        ReviewCase replayed = ReviewFlow.Replay(s.Events);

        // Assert
        Assert.Equal(s.State, replayed);
        Assert.Equal(1200m, replayed.Received.Penalty);
    }
}
