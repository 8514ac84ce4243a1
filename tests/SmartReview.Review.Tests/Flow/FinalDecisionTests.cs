using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class FinalDecisionTests
{
    [Fact]
    public void FinaliseDecision_NoOverride_ProposedBecomesFinalAndIsPosted()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal(450m).Must(new AcceptDecision(null), Actors.Facility);

        // Act
        s.Must(new FinaliseDecision("同意初审意见"), Actors.Supervisor);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Confirmed, 450m), (s.State.Stage, s.State.FinalOutcome!.Value, s.State.Amount!.Value));
        Assert.Null(s.State.DueUtc);
        Assert.Equal(s.Now, s.State.ClosedUtc);
        LedgerPosting posting = Assert.Single(s.Postings);
        Assert.Equal(new LedgerPosting(Actors.FacilityId, "R-SEX-01", "2024-03", "F-0001", s.State.Version, 450m), posting);
    }

    [Fact]
    public void FinaliseDecision_ProposedDismissed_ClosedWithoutPosting()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().Must(new DismissFlag("无违规"), Actors.Reviewer);

        // Act
        s.Must(new FinaliseDecision("同意"), Actors.Supervisor);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Dismissed), (s.State.Stage, s.State.FinalOutcome!.Value));
        Assert.Empty(s.Postings);
        Assert.Equal(0m, s.State.LedgerAmount);
    }

    [Fact]
    public void FinaliseDecision_OverrideDismissed_ClosedDismissedWithoutPosting()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();

        // Act
        s.Must(new FinaliseDecision("病历证明合理", Outcome.Dismissed), Actors.Supervisor);

        // Assert
        Assert.Equal(Outcome.Dismissed, s.State.FinalOutcome);
        Assert.Null(s.State.Amount);
        Assert.Empty(s.Postings);
    }

    [Fact]
    public void FinaliseDecision_OverrideConfirmedWithAmount_PostsTheOverride()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().Must(new DismissFlag("无违规"), Actors.Reviewer);

        // Act
        s.Must(new FinaliseDecision("确有违规", Outcome.Confirmed, 250m), Actors.Supervisor);

        // Assert
        Assert.Equal((Outcome.Confirmed, 250m), (s.State.FinalOutcome!.Value, s.State.Amount!.Value));
        Assert.Equal(250m, Assert.Single(s.Postings).Amount);
    }

    [Fact]
    public void FinaliseDecision_OverrideConfirmedWithoutAmount_InvalidAmount()
    {
        // Act and Assert
        new CaseBuilder().Open().ToFinalDecision()
            .Refuses(new FinaliseDecision("改判", Outcome.Confirmed), Actors.Supervisor, RejectionCode.InvalidAmount);
    }

    [Fact]
    public void FinaliseDecision_AmountWithoutOutcome_InvalidAmount()
    {
        // Act and Assert
        new CaseBuilder().Open().ToFinalDecision()
            .Refuses(new FinaliseDecision("改金额", Amount: 100m), Actors.Supervisor, RejectionCode.InvalidAmount);
    }

    [Fact]
    public void FinaliseDecision_NoReason_ReasonRequired()
    {
        // Act and Assert
        new CaseBuilder().Open().ToFinalDecision().Refuses(new FinaliseDecision(""), Actors.Supervisor, RejectionCode.ReasonRequired);
    }
}
