using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

/// <summary>Whatever road a case takes, the ledger holds exactly what the case finally says, kind by kind, to the fen.</summary>
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
            decimal posted = s.Postings.Where(p => p.Kind == LedgerKind.Recovery).Sum(p => p.Amount);

            // Assert
            Assert.Equal(expected, posted);
            Assert.Equal(expected, s.State.LedgerAmount);
            Assert.All(s.Postings, p => Assert.Equal(p.Amount, decimal.Round(p.Amount, 2)));
        }
    }

    [Fact]
    public void Postings_AnyRoad_DueByKindEqualsReceivedPlusOutstandingNeverBelowZero()
    {
        foreach (Scenario s in Walked.Value)
        {
            foreach (LedgerKind kind in LedgerAmounts.DueKinds)
            {
                // Act
                decimal due = s.Postings.Where(p => p.Kind == kind).Sum(p => p.Amount);
                decimal received = s.Postings.Where(p => p.Kind == LedgerKind.Receipt && p.Against == kind).Sum(p => p.Amount);

                // Assert
                Assert.Equal(s.State.Due.Of(kind), due);
                Assert.Equal(s.State.Received.Of(kind), received);
                Assert.Equal(due, received + s.State.Outstanding.Of(kind));
                Assert.True(s.State.Outstanding.Of(kind) >= 0m, $"{kind} outstanding {s.State.Outstanding.Of(kind)}");
            }
        }
    }

    [Fact]
    public void RandomWalks_Together_ReceiveMoneyOfEveryKindAndRefuseOverpayments()
    {
        // Act
        HashSet<LedgerKind?> received = [.. Walked.Value.SelectMany(s => s.Postings).Where(p => p.Kind == LedgerKind.Receipt).Select(p => p.Against)];
        int fullyPaid = Walked.Value.Count(s => s.State.Due.Total > 0m && s.State.Outstanding.Total == 0m);

        // Assert
        Assert.Equal([LedgerKind.Recovery, LedgerKind.Penalty, LedgerKind.Damages], received.Order());
        Assert.True(fullyPaid > 0, "no walk paid up");
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
