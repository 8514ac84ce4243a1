using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class CorrectionTests
{
    private static Scenario ClosedConfirmed(decimal amount) => new CaseBuilder().Open().ToAppeal(amount).ToClosed();

    [Fact]
    public void CorrectDecision_LowerAmount_ReversesThenPostsTheNewAmount()
    {
        // Arrange
        Scenario s = ClosedConfirmed(800m);
        int before = s.Postings.Count;

        // Act
        s.Must(new CorrectDecision(Outcome.Confirmed, 500m, "计算有误"), Actors.Supervisor);

        // Assert
        Assert.Equal((Stage.Closed, EventKind.DecisionCorrected, 500m), (s.State.Stage, s.Events[^1].Kind, s.State.Amount!.Value));
        Assert.Equal(new[] { -800m, 500m }, s.Postings.Skip(before).Select(p => p.Amount));
        Assert.All(s.Postings.Skip(before), p => Assert.Equal(s.State.Version, p.Sequence));
        Assert.Equal(500m, s.Postings.Sum(p => p.Amount));
    }

    [Fact]
    public void CorrectDecision_ConfirmedToDismissed_ReversesOnly()
    {
        // Arrange
        Scenario s = ClosedConfirmed(800m);

        // Act
        s.Must(new CorrectDecision(Outcome.Dismissed, 0m, "复核不违规"), Actors.Supervisor);

        // Assert
        Assert.Equal(Outcome.Dismissed, s.State.FinalOutcome);
        Assert.Null(s.State.Amount);
        Assert.Equal(-800m, s.Postings[^1].Amount);
        Assert.Equal(0m, s.Postings.Sum(p => p.Amount));
    }

    [Fact]
    public void CorrectDecision_DismissedToConfirmed_PostsOnly()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().Must(new DismissFlag("无违规"), Actors.Reviewer).Must(new FinaliseDecision("同意"), Actors.Supervisor);

        // Act
        s.Must(new CorrectDecision(Outcome.Confirmed, 120m, "新证据"), Actors.Supervisor);

        // Assert
        Assert.Equal(120m, Assert.Single(s.Postings).Amount);
    }

    [Fact]
    public void CorrectDecision_Twice_LedgerHoldsTheLatest()
    {
        // Arrange
        Scenario s = ClosedConfirmed(800m).Must(new CorrectDecision(Outcome.Confirmed, 600m, "一"), Actors.Supervisor);

        // Act
        s.Must(new CorrectDecision(Outcome.Confirmed, 700m, "二"), Actors.Supervisor);

        // Assert
        Assert.Equal(new[] { 800m, -800m, 600m, -600m, 700m }, s.Postings.Select(p => p.Amount));
    }

    [Fact]
    public void CorrectDecision_SameOutcomeAndAmount_NoChange()
    {
        // Act and Assert
        ClosedConfirmed(800m).Refuses(new CorrectDecision(Outcome.Confirmed, 800.00m, "重复"), Actors.Supervisor, RejectionCode.NoChange);
    }

    [Fact]
    public void CorrectDecision_DismissedWithAnAmount_InvalidAmount()
    {
        // Act and Assert
        ClosedConfirmed(800m).Refuses(new CorrectDecision(Outcome.Dismissed, 5m, "撤销"), Actors.Supervisor, RejectionCode.InvalidAmount);
    }

    [Fact]
    public void CorrectDecision_NoReason_ReasonRequired()
    {
        // Act and Assert
        ClosedConfirmed(800m).Refuses(new CorrectDecision(Outcome.Confirmed, 1m, " "), Actors.Supervisor, RejectionCode.ReasonRequired);
    }

    public static TheoryData<CaseCommand, string> OtherCommands => new()
    {
        { new ConfirmFlag(1m, "r"), "rev-1" },
        { new AcceptDecision(null), "fac-user" },
        { new FinaliseDecision("r"), "sup-1" },
        { new CastVote(Outcome.Dismissed, null, "r"), "panel-1" },
        { new PassDeadline(), "timer" },
    };

    [Theory]
    [MemberData(nameof(OtherCommands))]
    public void Decide_ClosedCaseAnythingButACorrection_CaseClosed(CaseCommand command, string actorId)
    {
        // Arrange
        Scenario s = ClosedConfirmed(800m).At(DateTimeOffset.MaxValue);
        Actor by = new[] { Actors.Reviewer, Actors.Facility, Actors.Supervisor, Actors.Panel(1), Actors.Timer }.Single(a => a.Id == actorId);

        // Act and Assert
        s.Refuses(command, by, RejectionCode.CaseClosed);
    }
}
