using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

/// <summary>Whatever road a case takes, the ledger holds exactly what the case finally says, to the fen.</summary>
public sealed class LedgerInvariantTests
{
    private const int Walks = 400;

    private static readonly Lazy<Scenario[]> Walked = new(() => [.. Enumerable.Range(1, Walks).Select(seed => new RandomWalk(seed).Run(120))]);

    [Fact]
    public void Postings_AnyRoad_SumToTheFinalConfirmedAmount()
    {
        foreach (Scenario s in Walked.Value)
        {
            // Arrange
            decimal expected = s.State.Stage == Stage.Closed && s.State.FinalOutcome == Outcome.Confirmed ? s.State.Amount!.Value : 0m;

            // Act
            decimal posted = s.Postings.Sum(p => p.Amount);

            // Assert
            Assert.Equal(expected, posted);
            Assert.Equal(expected, s.State.LedgerAmount);
            Assert.All(s.Postings, p => Assert.Equal(p.Amount, decimal.Round(p.Amount, 2)));
        }
    }

    [Fact]
    public void Replay_AnyRoad_EqualsTheState()
    {
        foreach (Scenario s in Walked.Value)
        {
            // Act
            ReviewCase replayed = ReviewFlow.Replay(s.Events);

            // Assert
            Assert.Equal(s.State, replayed);
        }
    }

    [Fact]
    public void RandomWalks_Together_TakeEveryKindOfEventAndMostClose()
    {
        // Act
        HashSet<EventKind> seen = [.. Walked.Value.SelectMany(s => s.Events).Select(e => e.Kind)];
        int closed = Walked.Value.Count(s => s.State.Stage == Stage.Closed);

        // Assert
        Assert.Equal(Enum.GetValues<EventKind>().ToHashSet(), seen);
        Assert.True(closed > Walks / 2, $"{closed} of {Walks} closed");
    }
}
