using SmartReview.Review.Points;

namespace SmartReview.Review.Tests.Points;

public sealed class PointsStandingTests
{
    private static readonly PointsScale Scale = PointsScale.National;
    private static int _sequence;

    private static PointsEntry Entry(int points, DateTimeOffset at, string person = "D0001", string facility = "H001", int? withdraws = null) =>
        new(person, PointsStanding.YearOf(at), facility, $"C{Interlocked.Increment(ref _sequence)}", 2, at, "sup-1", Responsibility.Important,
            points, "理由", withdraws);

    private static DateTimeOffset China(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Of_Reaching9_SuspendedByTheEntryThatCrossed()
    {
        PointsEntry[] entries = [Entry(4, China(2024, 2, 1)), Entry(5, China(2024, 5, 1)), Entry(1, China(2024, 6, 1))];

        PointsStanding s = PointsStanding.Of("D0001", 2024, entries, Scale);

        Assert.Equal((10, Qualification.Suspended), (s.Total, s.Status));
        Assert.Same(entries[1], s.SuspendedBy);
        Assert.Null(s.TerminatedBy);
    }

    [Fact]
    public void Of_Reaching12_Terminated()
    {
        PointsEntry[] entries = [Entry(6, China(2024, 2, 1)), Entry(3, China(2024, 3, 1)), Entry(3, China(2024, 4, 1))];

        PointsStanding s = PointsStanding.Of("D0001", 2024, entries, Scale);

        Assert.Equal((12, Qualification.Terminated), (s.Total, s.Status));
        Assert.Same(entries[1], s.SuspendedBy);
        Assert.Same(entries[2], s.TerminatedBy);
    }

    [Fact]
    public void Of_8Points_Good()
    {
        PointsStanding s = PointsStanding.Of("D0001", 2024, [Entry(8, China(2024, 2, 1))], Scale);

        Assert.Equal((8, Qualification.Good, (PointsEntry?)null), (s.Total, s.Status, s.SuspendedBy));
    }

    [Fact]
    public void Of_NewYear_StartsFromZero()
    {
        PointsEntry[] entries = [Entry(7, China(2024, 12, 30)), Entry(5, China(2024, 12, 31)), Entry(3, China(2025, 1, 1))];

        PointsStanding last = PointsStanding.Of("D0001", 2024, entries, Scale);
        PointsStanding next = PointsStanding.Of("D0001", 2025, entries, Scale);

        Assert.Equal((12, Qualification.Terminated), (last.Total, last.Status));
        Assert.Equal((3, Qualification.Good, 1), (next.Total, next.Status, next.Entries.Count));
    }

    [Theory]
    [InlineData("2024-12-31T15:59:59Z", 2024)]
    [InlineData("2024-12-31T16:00:00Z", 2025)]
    public void YearOf_CountsInChinaTime(string instant, int year) =>
        Assert.Equal(year, PointsStanding.YearOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Of_WithdrawalBelowThreshold_GoodAgainWithNoReason()
    {
        PointsEntry first = Entry(5, China(2024, 2, 1)), second = Entry(5, China(2024, 3, 1));
        PointsEntry withdrawal = second with { Points = -5, AtUtc = China(2024, 4, 1), Sequence = 3, Withdraws = 2 };

        PointsStanding s = PointsStanding.Of("D0001", 2024, [first, second, withdrawal], Scale);

        Assert.Equal((5, Qualification.Good), (s.Total, s.Status));
        Assert.Null(s.SuspendedBy);
        Assert.Equal(3, s.Entries.Count);
    }

    [Fact]
    public void Of_OtherPeople_Ignored()
    {
        PointsStanding s = PointsStanding.Of("D0001", 2024, [Entry(9, China(2024, 2, 1), person: "D0002"), Entry(2, China(2024, 2, 1))], Scale);

        Assert.Equal(2, s.Total);
    }
}
