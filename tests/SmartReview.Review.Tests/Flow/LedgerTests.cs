using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class LedgerTests
{
    [Fact]
    public void Postings_ClosedLateOnTheLastUtcDayOfMarch_BookedInAprilChinaTime()
    {
        // Arrange: 31 March 2024 17:00 UTC is 1 April 01:00 in China
        Scenario s = new CaseBuilder().Open().ToFinalDecision().At(new DateTimeOffset(2024, 3, 31, 17, 0, 0, TimeSpan.Zero));

        // Act
        s.Must(new FinaliseDecision("同意"), Actors.Supervisor);

        // Assert
        Assert.Equal("2024-04", Assert.Single(s.Postings).Month);
    }

    [Fact]
    public void Postings_CorrectionInALaterMonth_ReversalBookedInTheCorrectionsMonth()
    {
        // Arrange
        Scenario s = new CaseBuilder().Open().ToClosed().At(new DateTimeOffset(2024, 5, 6, 2, 0, 0, TimeSpan.Zero));

        // Act
        s.Must(new CorrectDecision(Outcome.Confirmed, 10m, "更正"), Actors.Supervisor);

        // Assert
        Assert.Equal(new[] { ("2024-03", 1000m), ("2024-05", -1000m), ("2024-05", 10m) }, s.Postings.Select(p => (p.Month, p.Amount)));
    }

    [Fact]
    public void Postings_EventsBeforeClosing_None()
    {
        // Act
        Scenario s = new CaseBuilder().AtStake(8000m).Open().ToPanel().Vote(1, Outcome.Confirmed, 10m).Vote(2, Outcome.Confirmed, 10m)
            .Vote(3, Outcome.Dismissed, null);

        // Assert
        Assert.Empty(s.Postings);
        Assert.Equal(0m, s.State.LedgerAmount);
        Assert.Equal(Stage.FinalDecision, s.State.Stage);
    }
}
