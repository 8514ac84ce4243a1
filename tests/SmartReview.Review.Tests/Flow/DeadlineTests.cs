using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class DeadlineTests
{
    private static readonly PassDeadline Pass = new();

    [Fact]
    public void PassDeadline_OneSecondBeforeDue_NotDueNamingTheLastDay()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();
        s.At(s.State.DueUtc!.Value.AddSeconds(-1));

        // Act
        Rejection rejection = s.Refuses(Pass, Actors.Timer, RejectionCode.NotDue);

        // Assert: 15 working days from Monday 4 March 2024 end on Monday 25 March
        Assert.Contains("2024-03-25", rejection.MessageZh);
        Assert.Contains("2024-03-25", rejection.MessageEn);
    }

    [Fact]
    public void PassDeadline_FirstReviewDue_EscalatedInStageWithTheDeadlineRearmed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((Stage.FirstReview, true, EventKind.DeadlineEscalated), (s.State.Stage, s.State.Escalated, s.Events[^1].Kind));
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.ReviewDays), s.State.DueUtc);
        Assert.Equal(Actors.Timer.Id, s.Events[^1].ActorId);
    }

    [Fact]
    public void PassDeadline_ReReviewDue_Escalated()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview().AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((Stage.ReReview, true), (s.State.Stage, s.State.Escalated));
    }

    [Fact]
    public void PassDeadline_PanelDue_EscalatedWithPanelDays()
    {
        // Arrange
        Scenario s = new CaseBuilder().With(new ReviewSettings(PanelDays: 3)).Open().ToPanel().Vote(1, Outcome.Dismissed, null).AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((Stage.Panel, true, 1), (s.State.Stage, s.State.Escalated, s.State.Votes.Count));
        Assert.Equal(s.Calendar.DueUtc(s.Now, 3), s.State.DueUtc);
    }

    [Fact]
    public void PassDeadline_AppealRoundOneDue_FacilityTakenToAcceptTheFirstDecision()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal(300m).AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((EventKind.AppealWindowLapsed, Stage.FinalDecision, Outcome.Confirmed, 300m),
            (s.Events[^1].Kind, s.State.Stage, s.State.Proposed!.Value, s.State.Amount!.Value));
    }

    [Fact]
    public void PassDeadline_AppealRoundTwoDue_ContestWindowLapsedTheReReviewStands()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview(900m).Must(new AdjustAmount(600m, "调整"), Actors.ReReviewer).AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((EventKind.ContestWindowLapsed, Stage.FinalDecision, 600m), (s.Events[^1].Kind, s.State.Stage, s.State.Amount!.Value));
    }

    [Fact]
    public void PassDeadline_FinalDecisionDue_ProposedOutcomeBecomesFinalByTheSystem()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision().AtDue();

        // Act
        s.Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Confirmed, Role.System), (s.State.Stage, s.State.FinalOutcome!.Value, s.Events[^1].Role));
        Assert.Equal(1000m, Assert.Single(s.Postings).Amount);
    }

    [Fact]
    public void PassDeadline_ByAPerson_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().AtDue().Refuses(Pass, Actors.Supervisor, RejectionCode.NotAllowed);
    }

    [Fact]
    public void Escalated_StageChanges_Cleared()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().AtDue().Must(Pass, Actors.Timer);

        // Act
        s.Must(new ConfirmFlag(10m, "逾期后初审"), Actors.Reviewer);

        // Assert
        Assert.False(s.State.Escalated);
    }

    [Fact]
    public void PassDeadline_EscalatedAndDueAgain_EscalatesAgain()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().AtDue().Must(Pass, Actors.Timer);

        // Act
        s.AtDue().Must(Pass, Actors.Timer);

        // Assert
        Assert.Equal(2, s.Events.Count(e => e.Kind == EventKind.DeadlineEscalated));
        Assert.True(s.State.IsDue(s.State.DueUtc!.Value));
        Assert.False(s.State.IsDue(s.State.DueUtc!.Value.AddTicks(-1)));
    }
}
