using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

/// <summary>Every event says who, in which role, when, the stage and amount before and after, why, and what is due next.</summary>
public sealed class EventRecordTests
{
    private static Scenario LongestRoad()
    {
        Scenario s = new CaseBuilder().AtStake(8000m).Open().ToAppeal(3000m).At(CaseBuilder.Monday.AddDays(1));
        s.Must(new FileAppeal("申诉", [Evidence.Letter]), Actors.Facility).At(CaseBuilder.Monday.AddDays(2));
        s.Must(new AdjustAmount(2000m, "调整"), Actors.ReReviewer).Must(new ContestDecision("异议", []), Actors.Facility);
        s.Vote(1, Outcome.Confirmed, 2000m).Vote(2, Outcome.Confirmed, 1500m).Vote(3, Outcome.Dismissed, null);
        return s.Must(new FinaliseDecision("终审"), Actors.Supervisor).Must(new CorrectDecision(Outcome.Confirmed, 1000m, "更正"), Actors.Supervisor);
    }

    [Fact]
    public void Events_LongestRoad_ChainStageAmountAndSequence()
    {
        // Act
        List<CaseEvent> events = LongestRoad().Events;

        // Assert
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.Sequence));
        foreach ((CaseEvent before, CaseEvent after) in events.Zip(events.Skip(1)))
        {
            Assert.Equal(before.StageAfter, after.StageBefore);
            Assert.Equal(before.AmountAfter, after.AmountBefore);
            Assert.True(after.AtUtc >= before.AtUtc);
        }
    }

    [Fact]
    public void Events_LongestRoad_CarryActorTimeAndDue()
    {
        // Act
        Scenario s = LongestRoad();

        // Assert
        Assert.All(s.Events, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.ActorId));
            Assert.Equal(TimeSpan.Zero, e.AtUtc.Offset);
            Assert.Equal(e.StageAfter == Stage.Closed, e.DueUtc is null);
            Assert.Equal(e.OutcomeAfter == Outcome.Confirmed, e.AmountAfter is not null);
        });
    }

    [Fact]
    public void Events_PeopleDecide_EachWithAReasonOrStatement()
    {
        // Act
        Scenario s = LongestRoad();

        // Assert
        Assert.All(s.Events.Where(e => e.Role is not Role.System), e =>
            Assert.False(string.IsNullOrWhiteSpace(e.Reason ?? e.Statement), $"{e.Kind} #{e.Sequence}"));
        Assert.Equal(
            new[] { Role.System, Role.Reviewer, Role.Facility, Role.Reviewer, Role.Facility, Role.PanelMember, Role.PanelMember, Role.PanelMember,
                Role.System, Role.Supervisor, Role.Supervisor },
            s.Events.Select(e => e.Role));
    }
}
