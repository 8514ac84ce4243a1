using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class ReReviewTests
{
    [Fact]
    public void UpholdDecision_AtOrBelowThreshold_AppealRoundTwo()
    {
        // Arrange
        Scenario s = new CaseBuilder().AtStake(5000m).Open().ToReReview();

        // Act
        s.Must(new UpholdDecision("证据不足以推翻"), Actors.ReReviewer);

        // Assert
        Assert.Equal((Stage.Appeal, 2, 5000m), (s.State.Stage, s.State.AppealRound, s.State.Amount!.Value));
        Assert.Equal(Actors.ReReviewer.Id, s.State.ReReviewerId);
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.AppealWindowDays), s.State.DueUtc);
    }

    [Fact]
    public void UpholdDecision_AboveThreshold_PanelDirectly()
    {
        // Arrange
        Scenario s = new CaseBuilder().AtStake(5000.01m).Open().ToReReview();

        // Act
        s.Must(new UpholdDecision("维持"), Actors.ReReviewer);

        // Assert
        Assert.Equal((Stage.Panel, 1), (s.State.Stage, s.State.AppealRound));
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.PanelDays), s.State.DueUtc);
    }

    [Fact]
    public void OverturnDecision_WithReason_FinalDecisionDismissed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview();

        // Act
        s.Must(new OverturnDecision("申诉理由成立"), Actors.ReReviewer);

        // Assert
        Assert.Equal((Stage.FinalDecision, Outcome.Dismissed), (s.State.Stage, s.State.Proposed!.Value));
        Assert.Null(s.State.Amount);
        Assert.Equal((1000m, (decimal?)null), (s.Events[^1].AmountBefore!.Value, s.Events[^1].AmountAfter));
    }

    [Fact]
    public void AdjustAmount_BelowThreshold_AppealRoundTwoWithTheNewAmount()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview(800m);

        // Act
        s.Must(new AdjustAmount(300m, "部分费用合理"), Actors.ReReviewer);

        // Assert
        Assert.Equal((Stage.Appeal, 2, Outcome.Confirmed, 300m), (s.State.Stage, s.State.AppealRound, s.State.Proposed!.Value, s.State.Amount!.Value));
        Assert.Equal((800m, 300m), (s.Events[^1].AmountBefore!.Value, s.Events[^1].AmountAfter!.Value));
    }

    [Fact]
    public void AdjustAmount_AboveThreshold_Panel()
    {
        // Arrange
        Scenario s = new CaseBuilder().AtStake(8000m).Open().ToReReview(4000m);

        // Act
        s.Must(new AdjustAmount(6000m, "全部违规"), Actors.ReReviewer);

        // Assert
        Assert.Equal((Stage.Panel, 6000m), (s.State.Stage, s.State.Amount!.Value));
    }

    [Fact]
    public void UpholdDecision_DefiniteCaseWithoutFirstReviewer_AnyReviewerMay()
    {
        // Arrange
        Scenario s = new CaseBuilder().Definite().Open().ToReReview();

        // Act
        s.Must(new UpholdDecision("维持"), Actors.Reviewer);

        // Assert
        Assert.Equal((Stage.Appeal, Actors.Reviewer.Id), (s.State.Stage, s.State.ReReviewerId));
    }

    [Fact]
    public void UpholdDecision_NoReason_ReasonRequired()
    {
        // Act and Assert
        new CaseBuilder().Open().ToReReview().Refuses(new UpholdDecision(""), Actors.ReReviewer, RejectionCode.ReasonRequired);
    }
}
