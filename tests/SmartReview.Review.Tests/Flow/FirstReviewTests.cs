using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class FirstReviewTests
{
    [Fact]
    public void ConfirmFlag_ValidAmount_ProposedConfirmedInAppealRoundOne()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act
        s.Must(new ConfirmFlag(600m, "限女性用药"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.Appeal, 1, Outcome.Confirmed, 600m), (s.State.Stage, s.State.AppealRound, s.State.Proposed!.Value, s.State.Amount!.Value));
        Assert.Equal(Actors.Reviewer.Id, s.State.FirstReviewerId);
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.AppealWindowDays), s.State.DueUtc);
        Assert.Equal(EventKind.FlagConfirmed, s.Events[^1].Kind);
    }

    [Fact]
    public void DismissFlag_WithReason_ProposedDismissedInFinalDecision()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act
        s.Must(new DismissFlag("患者为女性，数据错误"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.FinalDecision, Outcome.Dismissed), (s.State.Stage, s.State.Proposed!.Value));
        Assert.Null(s.State.Amount);
        Assert.Equal(Actors.Reviewer.Id, s.State.FirstReviewerId);
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.FinalDays), s.State.DueUtc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void ConfirmFlag_NoReason_ReasonRequired(string? reason)
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act and Assert
        s.Refuses(new ConfirmFlag(10m, reason!), Actors.Reviewer, RejectionCode.ReasonRequired);
    }

    [Fact]
    public void DismissFlag_EmptyReason_ReasonRequired()
    {
        // Act and Assert
        new CaseBuilder().Open().Refuses(new DismissFlag(""), Actors.Reviewer, RejectionCode.ReasonRequired);
    }

    [Fact]
    public void ConfirmFlag_DefiniteCaseAlreadyInAppeal_WrongStage()
    {
        // Act and Assert
        new CaseBuilder().Definite().Open().Refuses(new ConfirmFlag(10m, "x"), Actors.Reviewer, RejectionCode.WrongStage);
    }
}
