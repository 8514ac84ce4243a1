using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class SeparationOfDutiesTests
{
    private static Scenario AtPanel() => new CaseBuilder().AtStake(8000m).Open().ToPanel();

    [Fact]
    public void UpholdDecision_TheFirstReviewer_NotAllowed()
    {
        // Act
        Rejection rejection = new CaseBuilder().Open().ToReReview().Refuses(new UpholdDecision("维持"), Actors.Reviewer, RejectionCode.NotAllowed);

        // Assert
        Assert.Contains(Actors.Reviewer.Id, rejection.MessageZh);
    }

    [Fact]
    public void OverturnDecision_TheFirstReviewer_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().ToReReview().Refuses(new OverturnDecision("撤销"), Actors.Reviewer, RejectionCode.NotAllowed);
    }

    [Fact]
    public void CastVote_MemberWhoDidTheFirstReview_NotAllowed()
    {
        // Act and Assert
        AtPanel().Refuses(new CastVote(Outcome.Dismissed, null, "r"), Actors.Reviewer.As(Role.PanelMember), RejectionCode.NotAllowed);
    }

    [Fact]
    public void CastVote_MemberWhoDidTheReReview_NotAllowed()
    {
        // Act and Assert
        AtPanel().Refuses(new CastVote(Outcome.Dismissed, null, "r"), Actors.ReReviewer.As(Role.PanelMember), RejectionCode.NotAllowed);
    }

    [Fact]
    public void FinaliseDecision_SupervisorWhoDidTheFirstReview_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().ToFinalDecision()
            .Refuses(new FinaliseDecision("同意"), Actors.Reviewer.As(Role.Supervisor), RejectionCode.NotAllowed);
    }

    [Fact]
    public void FinaliseDecision_SupervisorWhoDidTheReReview_NotAllowed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToReReview().Must(new OverturnDecision("撤销"), Actors.ReReviewer);

        // Act and Assert
        s.Refuses(new FinaliseDecision("同意"), Actors.ReReviewer.As(Role.Supervisor), RejectionCode.NotAllowed);
    }

    [Fact]
    public void FinaliseDecision_SupervisorWhoSatOnThePanel_NotAllowed()
    {
        // Arrange
        Scenario s = AtPanel().Vote(1, Outcome.Confirmed, 8000m).Vote(2, Outcome.Confirmed, 8000m).Vote(3, Outcome.Confirmed, 8000m);

        // Act and Assert
        s.Refuses(new FinaliseDecision("同意"), Actors.Panel(2).As(Role.Supervisor), RejectionCode.NotAllowed);
    }

    [Fact]
    public void CorrectDecision_SupervisorWhoDidTheFirstReview_NotAllowed()
    {
        // Act and Assert
        new CaseBuilder().Open().ToClosed()
            .Refuses(new CorrectDecision(Outcome.Dismissed, 0m, "更正"), Actors.Reviewer.As(Role.Supervisor), RejectionCode.NotAllowed);
    }

    [Fact]
    public void CorrectDecision_TheSupervisorWhoFinalised_Allowed()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToClosed();

        // Act
        Decision decision = s.Do(new CorrectDecision(Outcome.Dismissed, 0m, "更正"), Actors.Supervisor);

        // Assert
        Assert.True(decision.Ok);
    }
}
