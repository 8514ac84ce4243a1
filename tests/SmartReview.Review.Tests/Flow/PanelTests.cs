using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class PanelTests
{
    private static Scenario AtPanel(int size = 3) => new CaseBuilder().AtStake(8000m).PanelOf(size).Open().ToPanel();

    [Fact]
    public void CastVote_FirstVote_StaysInPanelWithTheVote()
    {
        // Arrange
        Scenario s = AtPanel();
        DateTimeOffset? due = s.State.DueUtc;

        // Act
        Decision decision = s.Do(new CastVote(Outcome.Confirmed, 7000m, "部分合理"), Actors.Panel(1));

        // Assert
        CaseEvent vote = Assert.Single(decision.Events);
        Assert.Equal((EventKind.VoteCast, Outcome.Confirmed, 7000m), (vote.Kind, vote.Vote!.Value, vote.VoteAmount!.Value));
        Assert.Equal((Stage.Panel, due), (s.State.Stage, s.State.DueUtc));
        Assert.Equal(new PanelVote("panel-1", Outcome.Confirmed, 7000m, "部分合理"), Assert.Single(s.State.Votes));
    }

    [Fact]
    public void CastVote_LastVoteWithConfirmingMajority_PanelDecidedConfirmedInTheSameDecision()
    {
        // Arrange
        Scenario s = AtPanel().Vote(1, Outcome.Confirmed, 8000m).Vote(2, Outcome.Dismissed, null);

        // Act
        Decision decision = s.Do(new CastVote(Outcome.Confirmed, 6000m, "同意"), Actors.Panel(3));

        // Assert
        Assert.Equal(new[] { EventKind.VoteCast, EventKind.PanelDecided }, decision.Events.Select(e => e.Kind));
        CaseEvent decided = decision.Events[1];
        Assert.Equal((Role.System, Actor.SystemId, decision.Events[0].Sequence + 1), (decided.Role, decided.ActorId, decided.Sequence));
        Assert.Equal((Stage.FinalDecision, Outcome.Confirmed, 6000m), (s.State.Stage, s.State.Proposed!.Value, s.State.Amount!.Value));
        Assert.Equal(s.Calendar.DueUtc(s.Now, s.Settings.FinalDays), s.State.DueUtc);
    }

    [Fact]
    public void CastVote_LastVoteWithDismissingMajority_PanelDecidedDismissed()
    {
        // Arrange
        Scenario s = AtPanel().Vote(1, Outcome.Dismissed, null).Vote(2, Outcome.Confirmed, 8000m);

        // Act
        s.Must(new CastVote(Outcome.Dismissed, null, "证据充分"), Actors.Panel(3));

        // Assert
        Assert.Equal((Stage.FinalDecision, Outcome.Dismissed), (s.State.Stage, s.State.Proposed!.Value));
        Assert.Null(s.State.Amount);
    }

    [Fact]
    public void CastVote_TieOnAPanelOfFour_DismissedForTheFacility()
    {
        // Arrange
        Scenario s = AtPanel(4).Vote(1, Outcome.Confirmed, 8000m).Vote(2, Outcome.Confirmed, 8000m).Vote(3, Outcome.Dismissed, null);

        // Act
        s.Vote(4, Outcome.Dismissed, null);

        // Assert
        Assert.Equal((Stage.FinalDecision, Outcome.Dismissed), (s.State.Stage, s.State.Proposed!.Value));
    }

    [Fact]
    public void CastVote_ThreeOfFourConfirm_TheThirdHighestAmount()
    {
        // Arrange
        Scenario s = AtPanel(4).Vote(1, Outcome.Confirmed, 8000m).Vote(2, Outcome.Confirmed, 5000m).Vote(3, Outcome.Dismissed, null);

        // Act
        s.Vote(4, Outcome.Confirmed, 7000m);

        // Assert
        Assert.Equal((Outcome.Confirmed, 5000m), (s.State.Proposed!.Value, s.State.Amount!.Value));
    }

    [Fact]
    public void CastVote_SameMemberTwice_AlreadyVoted()
    {
        // Act and Assert
        AtPanel().Vote(1, Outcome.Dismissed, null).Refuses(new CastVote(Outcome.Confirmed, 10m, "改票"), Actors.Panel(1), RejectionCode.AlreadyVoted);
    }

    [Fact]
    public void CastVote_DismissWithAnAmount_InvalidAmount()
    {
        // Act and Assert
        AtPanel().Refuses(new CastVote(Outcome.Dismissed, 10m, "不予认定"), Actors.Panel(1), RejectionCode.InvalidAmount);
    }

    [Fact]
    public void CastVote_ConfirmWithoutAmount_InvalidAmount()
    {
        // Act and Assert
        AtPanel().Refuses(new CastVote(Outcome.Confirmed, null, "认定"), Actors.Panel(1), RejectionCode.InvalidAmount);
    }

    [Fact]
    public void CastVote_NoReason_ReasonRequired()
    {
        // Act and Assert
        AtPanel().Refuses(new CastVote(Outcome.Dismissed, null, ""), Actors.Panel(1), RejectionCode.ReasonRequired);
    }

    [Fact]
    public void ContestedCase_PanelVotes_Decide()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToPanel();

        // Act
        s.Vote(1, Outcome.Confirmed, 900m).Vote(2, Outcome.Confirmed, 1000m).Vote(3, Outcome.Confirmed, 500m);

        // Assert
        Assert.Equal((Stage.FinalDecision, 900m), (s.State.Stage, s.State.Amount!.Value));
        Assert.Contains(s.Events, e => e.Kind == EventKind.DecisionContested);
    }
}
