using System.Text.Json;
using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class ReplayTests
{
    /// <summary>Every road, one step at a time: after each step the events alone rebuild the state.</summary>
    public static TheoryData<string> Roads => ["definite-accept", "dismiss", "lapse", "overturn", "panel", "correct"];

    private static IEnumerable<Scenario> Steps(string road)
    {
        Scenario s = new CaseBuilder().AtStake(8000m).Open();
        yield return s;
        switch (road)
        {
            case "definite-accept":
                s = new CaseBuilder().Definite().Open();
                yield return s;
                yield return s.Must(new AcceptDecision(null), Actors.Facility);
                yield return s.Must(new FinaliseDecision("r"), Actors.Supervisor);
                break;
            case "dismiss":
                yield return s.Must(new DismissFlag("r"), Actors.Reviewer);
                yield return s.AtDue().Must(new PassDeadline(), Actors.Timer);
                break;
            case "lapse":
                yield return s.AtDue().Must(new PassDeadline(), Actors.Timer);
                yield return s.Must(new ConfirmFlag(100m, "r"), Actors.Reviewer);
                yield return s.AtDue().Must(new PassDeadline(), Actors.Timer);
                break;
            case "overturn":
                yield return s.ToReReview();
                yield return s.Must(new OverturnDecision("r"), Actors.ReReviewer);
                break;
            case "panel":
                yield return s.ToPanel();
                yield return s.Vote(1, Outcome.Confirmed, 7000m);
                yield return s.Vote(2, Outcome.Confirmed, 6000m).Vote(3, Outcome.Dismissed, null);
                break;
            default:
                yield return s.ToClosed();
                yield return s.Must(new CorrectDecision(Outcome.Dismissed, 0m, "r"), Actors.Supervisor);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Roads))]
    public void Replay_AfterEachStep_EqualsTheState(string road)
    {
        foreach (Scenario step in Steps(road))
        {
            // Act
            ReviewCase replayed = ReviewFlow.Replay(step.Events);

            // Assert
            Assert.Equal(step.State, replayed);
            Assert.True(step.State == replayed);
            Assert.Equal(step.Events.Count, replayed.Version);
        }
    }

    [Fact]
    public void Replay_EventsThroughJson_EqualsTheState()
    {
        // Arrange
        Scenario s = new CaseBuilder().AtStake(8000m).Open().ToPanel().Vote(1, Outcome.Confirmed, 7000m);
        string json = JsonSerializer.Serialize<IReadOnlyList<CaseEvent>>(s.Events, ReviewJsonContext.Default.IReadOnlyListCaseEvent);

        // Act
        ReviewCase replayed = ReviewFlow.Replay(JsonSerializer.Deserialize(json, ReviewJsonContext.Default.IReadOnlyListCaseEvent)!);

        // Assert
        Assert.Equal(s.State, replayed);
    }

    [Fact]
    public void Replay_NoEvents_Throws()
    {
        // Act and Assert
        Assert.Throws<ArgumentException>(() => ReviewFlow.Replay([]));
    }

    [Fact]
    public void Replay_NotStartingWithCaseOpened_Throws()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal();

        // Act and Assert
        Assert.Throws<InvalidOperationException>(() => ReviewFlow.Replay(s.Events.Skip(1)));
    }

    [Fact]
    public void Apply_EventOutOfSequence_Throws()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToAppeal();

        // Act and Assert
        Assert.Throws<InvalidOperationException>(() => ReviewFlow.Apply(s.State, s.Events[^1]));
    }

    [Fact]
    public void Apply_SecondCaseOpened_Throws()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open();

        // Act and Assert
        Assert.Throws<InvalidOperationException>(() => ReviewFlow.Apply(s.State, s.Events[0] with { Sequence = 2 }));
    }

    [Fact]
    public void ApplyAll_DecisionEvents_StateAndPostingsAsOneByOne()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToFinalDecision();
        Decision decision = s.Try(new FinaliseDecision("r"), Actors.Supervisor);

        // Act
        (ReviewCase after, IReadOnlyList<LedgerPosting> postings) = ReviewFlow.ApplyAll(s.State, decision.Events);

        // Assert
        s.Must(new FinaliseDecision("r"), Actors.Supervisor);
        Assert.Equal(s.State, after);
        Assert.Equal(s.Postings, postings);
    }
}
