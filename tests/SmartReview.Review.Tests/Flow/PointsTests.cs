using SmartReview.Review.Points;
using SmartReview.Review.Tests.Support;

namespace SmartReview.Review.Tests.Flow;

public sealed class PointsTests
{
    private static Scenario ClosedConfirmed() => new CaseBuilder().Open().ToAppeal(800m).ToClosed();

    [Fact]
    public void RecordPoints_ClosedConfirmed_AppendsPointsRecordedInTheChinaYearAndStaysClosed()
    {
        // Arrange
        Scenario s = ClosedConfirmed().At(new DateTimeOffset(2024, 12, 31, 16, 30, 0, TimeSpan.Zero)); // 1 Jan 2025 00:30 China time
        decimal? amount = s.State.Amount;

        // Act
        s.Must(new RecordPoints(" D0001 ", Responsibility.Important, 5, "主要经办医师"), Actors.Supervisor);

        // Assert
        CaseEvent e = s.Events[^1];
        Assert.Equal((EventKind.PointsRecorded, Stage.Closed, Stage.Closed), (e.Kind, e.StageBefore, e.StageAfter));
        Assert.Equal(new PointsAward("D0001", Responsibility.Important, 5, 2025), e.Points);
        Assert.Equal((Outcome.Confirmed, amount), (s.State.FinalOutcome, s.State.Amount));
        Assert.Equal([new PointsOnCase(e.Sequence, e.Points!, false)], s.State.Points);
        Assert.Empty(ReviewFlow.Postings(s.State, e));
    }

    [Fact]
    public void RecordPoints_ClosedDismissed_Refused()
    {
        Scenario s = ClosedConfirmed().Must(new CorrectDecision(Outcome.Dismissed, 0m, "复核不违规"), Actors.Supervisor);

        s.Refuses(new RecordPoints("D0001", Responsibility.General, 1, "记分"), Actors.Supervisor, RejectionCode.WrongStage);
    }

    [Fact]
    public void RecordPoints_CaseStillOpen_Refused()
    {
        Scenario s = new CaseBuilder().Open().ToAppeal(800m);

        s.Refuses(new RecordPoints("D0001", Responsibility.General, 1, "记分"), Actors.Supervisor, RejectionCode.WrongStage);
    }

    [Fact]
    public void RecordPoints_ByReviewerOrFacility_NotAllowed()
    {
        Scenario s = ClosedConfirmed();

        s.Refuses(new RecordPoints("D0001", Responsibility.General, 1, "记分"), Actors.Reviewer, RejectionCode.NotAllowed);
        s.Refuses(new RecordPoints("D0001", Responsibility.General, 1, "记分"), Actors.Facility, RejectionCode.NotAllowed);
        s.Refuses(new WithdrawPoints(1, "撤销"), Actors.Administrator, RejectionCode.NotAllowed);
    }

    [Theory]
    [InlineData(Responsibility.General, 0)]
    [InlineData(Responsibility.General, 4)]
    [InlineData(Responsibility.Important, 3)]
    [InlineData(Responsibility.Main, 10)]
    [InlineData((Responsibility)7, 5)]
    public void RecordPoints_OutsideTheDegreesRange_Refused(Responsibility degree, int points)
    {
        Scenario s = ClosedConfirmed();

        Rejection r = s.Refuses(new RecordPoints("D0001", degree, points, "记分"), Actors.Supervisor, RejectionCode.InvalidPoints);

        Assert.Contains(points.ToString(System.Globalization.CultureInfo.InvariantCulture), r.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("D 01")]
    [InlineData("医师")]
    public void RecordPoints_PersonCodeDoesNotRead_Refused(string person) =>
        ClosedConfirmed().Refuses(new RecordPoints(person, Responsibility.General, 1, "记分"), Actors.Supervisor, RejectionCode.InvalidPoints);

    [Fact]
    public void RecordPoints_NoReason_Refused() =>
        ClosedConfirmed().Refuses(new RecordPoints("D0001", Responsibility.Main, 7, " "), Actors.Supervisor, RejectionCode.ReasonRequired);

    [Fact]
    public void RecordPoints_SamePersonTwice_RefusedUntilWithdrawn()
    {
        // Arrange
        Scenario s = ClosedConfirmed().Must(new RecordPoints("D0001", Responsibility.General, 2, "记分"), Actors.Supervisor);
        int recorded = s.State.Version;

        // Act / Assert
        s.Refuses(new RecordPoints("D0001", Responsibility.Main, 8, "再记"), Actors.Supervisor, RejectionCode.InvalidPoints);
        s.Must(new RecordPoints("D0002", Responsibility.General, 1, "另一医师"), Actors.Supervisor);
        s.Must(new WithdrawPoints(recorded, "责任认定有误"), Actors.Supervisor);
        s.Must(new RecordPoints("D0001", Responsibility.Main, 8, "重新认定"), Actors.Supervisor);
        Assert.Equal((3, 2), (s.State.Points!.Count, s.State.Points!.Count(p => !p.Withdrawn)));
    }

    [Fact]
    public void WithdrawPoints_KeepsTheRecordingAndRepeatsItWithItsSequence()
    {
        // Arrange
        Scenario s = ClosedConfirmed().Must(new RecordPoints("D0001", Responsibility.Important, 6, "记分"), Actors.Supervisor);
        int recorded = s.State.Version;

        // Act
        s.Must(new WithdrawPoints(recorded, "申诉成立"), Actors.Supervisor);

        // Assert
        CaseEvent e = s.Events[^1];
        Assert.Equal(EventKind.PointsWithdrawn, e.Kind);
        Assert.Equal(new PointsAward("D0001", Responsibility.Important, 6, 2024, recorded), e.Points);
        Assert.Equal(EventKind.PointsRecorded, s.Events.Single(x => x.Sequence == recorded).Kind);
        Assert.True(s.State.Points!.Single().Withdrawn);
        Assert.Equal(-6, PointsEntry.Of("H001", s.State.CaseId, e)!.Points);
        Assert.Equal(s.State, ReviewFlow.Replay(s.Events));
    }

    [Fact]
    public void WithdrawPoints_NotAStandingRecording_Refused()
    {
        Scenario s = ClosedConfirmed().Must(new RecordPoints("D0001", Responsibility.General, 1, "记分"), Actors.Supervisor);
        int recorded = s.State.Version;
        s.Must(new WithdrawPoints(recorded, "撤销"), Actors.Supervisor);

        s.Refuses(new WithdrawPoints(recorded, "再撤销"), Actors.Supervisor, RejectionCode.InvalidPoints);
        s.Refuses(new WithdrawPoints(1, "开案事件"), Actors.Supervisor, RejectionCode.InvalidPoints);
    }
}
