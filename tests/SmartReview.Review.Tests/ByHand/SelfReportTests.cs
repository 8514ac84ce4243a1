using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.ByHand;

/// <summary>A facility's self-inspection report refunding ¥1,200.00: a reviewer accepts or rejects it.</summary>
public sealed class SelfReportTests
{
    private static Scenario Filed() => Support.ByHand.Open(Support.ByHand.Report, Actors.Facility);

    [Fact]
    public void AcceptReport_ByAReviewer_ClosesConfirmedAndBooksTheRefundAsARecovery()
    {
        // Arrange
        Scenario s = Filed();

        // Act
        s.Must(new AcceptReport("退回金额与自查结果一致"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Confirmed, 1200m, "rev-1"), (s.State.Stage, s.State.FinalOutcome!.Value, s.State.Amount!.Value, s.State.FirstReviewerId));
        Assert.Equal((EventKind.ReportAccepted, (DateTimeOffset?)null), (s.Events[^1].Kind, s.State.DueUtc));
        LedgerPosting due = Assert.Single(s.Postings);
        Assert.Equal((LedgerKind.Recovery, 1200m, "SELF-REPORT", Actors.FacilityId), (due.Kind, due.Amount, due.RuleId, due.FacilityId));
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
    }

    [Fact]
    public void AcceptedReport_Receipts_MoveTheRefundFromOutstandingToReceived()
    {
        // Arrange
        Scenario s = Filed().Must(new AcceptReport("同意"), Actors.Reviewer);

        // Act
        s.Must(new RecordReceipt(LedgerKind.Recovery, 700m, ReceiptMethod.Transfer, "TX-01"), Actors.Supervisor);

        // Assert
        Assert.Equal((700m, 500m), (s.State.Received.Recovery, s.State.Outstanding.Recovery));
        Assert.Equal(s.State.Due.Recovery, s.Postings.Where(p => p.Kind == LedgerKind.Recovery).Sum(p => p.Amount));
        Assert.Equal(s.State.Received.Recovery, s.Postings.Where(p => p.Kind == LedgerKind.Receipt).Sum(p => p.Amount));
        s.Refuses(new RecordReceipt(LedgerKind.Recovery, 500.01m, ReceiptMethod.Transfer, "TX-02"), Actors.Supervisor, RejectionCode.ExceedsOutstanding);
    }

    [Fact]
    public void RejectReport_ByAReviewer_ClosesDismissedWithNothingDue()
    {
        // Arrange
        Scenario s = Filed();

        // Act
        s.Must(new RejectReport("自查范围不完整，请重新提交"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Dismissed, (decimal?)null), (s.State.Stage, s.State.FinalOutcome!.Value, s.State.Amount));
        Assert.Equal(EventKind.ReportRejected, s.Events[^1].Kind);
        Assert.Empty(s.Postings);
        Assert.Equal(LedgerAmounts.Zero, s.State.Due);
    }

    [Fact]
    public void Report_ConfirmOrDismissAsIfAFlag_WrongStage()
    {
        // Arrange
        Scenario s = Filed();

        // Act / Assert
        s.Refuses(new ConfirmFlag(1200m, "确认"), Actors.Reviewer, RejectionCode.WrongStage);
        s.Refuses(new DismissFlag("驳回"), Actors.Reviewer, RejectionCode.WrongStage);
    }

    [Fact]
    public void AcceptReport_OnARuleFlag_WrongStage()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act / Assert
        s.Refuses(new AcceptReport("同意"), Actors.Reviewer, RejectionCode.WrongStage);
    }

    [Fact]
    public void AcceptReport_ByTheFacilityOrASupervisor_NotAllowed()
    {
        // Arrange
        Scenario s = Filed();

        // Act / Assert
        s.Refuses(new AcceptReport("同意"), Actors.Facility, RejectionCode.NotAllowed);
        s.Refuses(new AcceptReport("同意"), Actors.Supervisor, RejectionCode.NotAllowed);
        s.Refuses(new AcceptReport(" "), Actors.Reviewer, RejectionCode.ReasonRequired);
    }

    [Fact]
    public void Report_DeadlinePasses_EscalatedInFirstReview()
    {
        // Arrange
        Scenario s = Filed().AtDue();

        // Act
        s.Must(new PassDeadline(), Actors.Timer);

        // Assert
        Assert.Equal((Stage.FirstReview, true, EventKind.DeadlineEscalated), (s.State.Stage, s.State.Escalated, s.Events[^1].Kind));
    }
}
