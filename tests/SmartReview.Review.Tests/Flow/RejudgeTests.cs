using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

/// <summary>An indicator case re-judged on a later batch of its month (docs/decisions/0020).</summary>
public sealed class RejudgeTests
{
    /// <summary>A drug-share case of H001 for March 2024: value, stays and the money above the threshold of 40 %.</summary>
    private static FlagSummary Reading(decimal value, long stays, decimal amount, bool above = true) =>
        new("FZB-0001", "", Actors.FacilityId, "", "ZB-DRUG", "local@2026.1", false, amount, [], $"药费占比{value:P1}", $"drug share {value:P1}",
            null, null, new DateOnly(2024, 3, 31), Ceiling: amount, FundAmount: amount * 0.8m, Origin: CaseOrigin.Indicator,
            Indicator: new IndicatorReading("drug_share", "2024-03", value, 0.40m, stays, above));

    private static Scenario Open() => new(Reading(0.50m, 40, 4000m), new ReviewSettings(), CaseBuilder.Monday);

    [Fact]
    public void Rejudge_InFirstReview_TakesTheNewValueAndAmountInAnAppendedEvent()
    {
        // Arrange
        Scenario s = Open();
        DateTimeOffset? due = s.State.DueUtc;

        // Act
        CaseEvent e = Assert.IsType<CaseEvent>(s.Rejudge(Reading(0.55m, 80, 12000m)));

        // Assert
        Assert.Equal((EventKind.IndicatorRejudged, 2, Role.System), (e.Kind, e.Sequence, e.Role));
        Assert.Equal((Stage.FirstReview, 12000m, 80L, 0.55m), (s.State.Stage, s.State.Flag.AmountAtStake, s.State.Flag.Indicator!.Stays, s.State.Flag.Indicator.Value));
        Assert.Equal(due, s.State.DueUtc);
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
        Assert.Empty(s.Postings);
    }

    [Fact]
    public void Rejudge_SameReadingAgainOrAnEarlierTally_AppendsNothing()
    {
        // Arrange
        Scenario s = Open();
        s.Rejudge(Reading(0.55m, 80, 12000m));

        // Act
        CaseEvent? again = s.Rejudge(Reading(0.55m, 80, 12000m));
        CaseEvent? earlier = s.Rejudge(Reading(0.50m, 40, 4000m));

        // Assert
        Assert.Null(again);
        Assert.Null(earlier);
        Assert.Equal(2, s.State.Version);
    }

    [Fact]
    public void Rejudge_AfterTheFirstDecision_RecordsTheReadingAndKeepsTheAmounts()
    {
        // Arrange
        Scenario s = Open().ToAppeal(3000m);

        // Act
        CaseEvent e = Assert.IsType<CaseEvent>(s.Rejudge(Reading(0.45m, 80, 2000m)));

        // Assert
        Assert.Equal((Stage.Appeal, Stage.Appeal), (e.StageBefore, e.StageAfter));
        Assert.Equal((4000m, 3000m, Outcome.Confirmed), (s.State.Flag.AmountAtStake, s.State.Amount!.Value, s.State.Proposed!.Value));
        Assert.Equal(0.45m, s.State.Flag.Indicator!.Value);
        Assert.Null(s.Rejudge(Reading(0.45m, 80, 2000m)));
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
    }

    [Fact]
    public void Rejudge_ClosedCase_RecordsTheReadingWithoutReopeningOrBooking()
    {
        // Arrange
        Scenario s = Open().ToClosed();
        int postings = s.Postings.Count;

        // Act
        s.Rejudge(Reading(0.60m, 120, 24000m));

        // Assert
        Assert.Equal((Stage.Closed, Outcome.Confirmed, 4000m), (s.State.Stage, s.State.FinalOutcome!.Value, s.State.LedgerAmount));
        Assert.Equal(0.60m, s.State.Flag.Indicator!.Value);
        Assert.Equal(postings, s.Postings.Count);
    }

    [Fact]
    public void Rejudge_MonthNoLongerAboveInFirstReview_StakesNothingSoAReviewerCanOnlyDismiss()
    {
        // Arrange
        Scenario s = Open();

        // Act
        s.Rejudge(Reading(0.38m, 90, 0m, above: false));

        // Assert
        Assert.Equal((Stage.FirstReview, 0m, 0m, false), (s.State.Stage, s.State.Flag.AmountAtStake, s.State.Flag.Cap, s.State.Flag.Indicator!.Above));
        s.Refuses(new ConfirmFlag(100m, "仍超标"), Actors.Reviewer, RejectionCode.InvalidAmount);
        s.Must(new DismissFlag("月度指标已回落至阈值以下"), Actors.Reviewer);
        Assert.Equal(Outcome.Dismissed, s.State.Proposed);
    }

    [Fact]
    public void Rejudge_RuleFlagCaseOrAnotherMonth_Throws()
    {
        // Arrange
        Scenario rule = new CaseBuilder().Open();
        Scenario indicator = Open();
        FlagSummary otherMonth = Reading(0.55m, 80, 12000m) with { Indicator = new IndicatorReading("drug_share", "2024-04", 0.55m, 0.4m, 80, true) };

        // Act and Assert
        Assert.Throws<ArgumentException>(() => ReviewFlow.Rejudge(rule.State, Reading(0.55m, 80, 12000m), rule.Now));
        Assert.Throws<ArgumentException>(() => ReviewFlow.Rejudge(indicator.State, otherMonth, indicator.Now));
    }
}
