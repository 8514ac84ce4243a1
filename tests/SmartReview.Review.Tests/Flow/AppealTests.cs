using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class AppealTests
{
    [Fact]
    public void AcceptDecision_RoundOne_FinalDecisionWithTheFirstDecision()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal(400m);

        // Act
        s.Must(new AcceptDecision("认可"), Actors.Facility);

        // Assert
        Assert.Equal((Stage.FinalDecision, Outcome.Confirmed, 400m), (s.State.Stage, s.State.Proposed!.Value, s.State.Amount!.Value));
        Assert.Equal((EventKind.DecisionAccepted, "认可"), (s.Events[^1].Kind, s.Events[^1].Reason));
    }

    [Fact]
    public void AcceptDecision_NoReason_AcceptedWithoutOne()
    {
        // Arrange
        Scenario s = new CaseBuilder().Definite().Open();

        // Act
        s.Must(new AcceptDecision("  "), Actors.Facility);

        // Assert
        Assert.Equal(Stage.FinalDecision, s.State.Stage);
        Assert.Null(s.Events[^1].Reason);
    }

    [Fact]
    public void FileAppeal_RoundOne_ReReviewWithStatementAndEvidence()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal();

        // Act
        s.Must(new FileAppeal("患者实为女性", [Evidence.Letter, Evidence.Scan]), Actors.Facility);

        // Assert
        CaseEvent appeal = s.Events[^1];
        Assert.Equal((Stage.ReReview, Outcome.Confirmed), (s.State.Stage, s.State.Proposed!.Value));
        Assert.Equal((EventKind.AppealFiled, "患者实为女性"), (appeal.Kind, appeal.Statement));
        Assert.Equal(new[] { Evidence.Letter, Evidence.Scan }, appeal.Evidence!);
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.ReviewDays), s.State.DueUtc);
    }

    [Fact]
    public void FileAppeal_WithReason_EventKeepsStatementAndReason()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal();

        // Act
        s.Must(new FileAppeal("患者实为女性", [], "病案首页性别录入错误"), Actors.Facility);

        // Assert
        Assert.Equal(("患者实为女性", "病案首页性别录入错误"), (s.Events[^1].Statement, s.Events[^1].Reason));
    }

    [Fact]
    public void FileAppeal_EmptyStatement_ReasonRequired()
    {
        // Act and Assert
        new CaseBuilder().Open().ToAppeal().Refuses(new FileAppeal(" ", []), Actors.Facility, RejectionCode.ReasonRequired);
    }

    [Fact]
    public void FileAppeal_EvidenceWithoutName_InvalidEvidence()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal();

        // Act
        Rejection rejection = s.Refuses(new FileAppeal("见附件", [Evidence.Letter, Evidence.Scan with { BlobName = "" }]), Actors.Facility,
            RejectionCode.InvalidEvidence);

        // Assert
        Assert.Contains("2", rejection.MessageEn);
    }

    [Fact]
    public void FileAppeal_RoundTwo_WrongStage()
    {
        // Act and Assert
        new CaseBuilder().Open().ToAppealRoundTwo().Refuses(new FileAppeal("再次申诉", []), Actors.Facility, RejectionCode.WrongStage);
    }

    [Fact]
    public void ContestDecision_RoundOne_WrongStage()
    {
        // Act and Assert
        new CaseBuilder().Open().ToAppeal().Refuses(new ContestDecision("异议", []), Actors.Facility, RejectionCode.WrongStage);
    }

    [Fact]
    public void ContestDecision_RoundTwo_PanelDueInPanelDays()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppealRoundTwo();

        // Act
        s.Must(new ContestDecision("不服复审", [Evidence.Scan]), Actors.Facility);

        // Assert
        Assert.Equal((Stage.Panel, EventKind.DecisionContested), (s.State.Stage, s.Events[^1].Kind));
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.PanelDays), s.State.DueUtc);
    }

    [Fact]
    public void AcceptDecision_RoundTwo_FinalDecisionWithTheReReviewAmount()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview(900m).Must(new AdjustAmount(700m, "部分合理"), Actors.ReReviewer);

        // Act
        s.Must(new AcceptDecision(null), Actors.Facility);

        // Assert
        Assert.Equal((Stage.FinalDecision, 700m), (s.State.Stage, s.State.Amount!.Value));
    }

    [Fact]
    public void FileAppeal_AnotherFacility_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().ToAppeal().Refuses(new FileAppeal("申诉", []), Actors.OtherFacility, RejectionCode.NotAllowed);
    }

    [Fact]
    public void AcceptDecision_FacilityActorWithoutFacility_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().ToAppeal().Refuses(new AcceptDecision(null), Actors.Facility with { FacilityId = null }, RejectionCode.NotAllowed);
    }
}
