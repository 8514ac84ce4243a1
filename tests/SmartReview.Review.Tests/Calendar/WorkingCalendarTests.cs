namespace SmartReview.Review.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-09-27", true)] // Friday
    [InlineData("2024-09-28", false)] // Saturday
    [InlineData("2024-09-29", true)] // Sunday, make-up working day for National Day
    [InlineData("2024-10-01", false)] // National Day
    [InlineData("2024-10-07", false)] // Monday, still the holiday
    [InlineData("2024-10-08", true)]
    [InlineData("2024-10-12", true)] // Saturday, make-up working day
    [InlineData("2024-10-13", false)]
    [InlineData("2025-01-26", true)] // Sunday, make-up working day before Spring Festival
    [InlineData("2025-01-28", false)] // Spring Festival eve
    [InlineData("2025-02-04", false)]
    [InlineData("2025-02-05", true)]
    [InlineData("2025-02-08", true)] // Saturday, make-up working day
    [InlineData("2030-10-01", true)] // year not published: weekends only
    [InlineData("2030-10-05", false)]
    public void IsWorkingDay_RealDates_AsTheStateCouncilNotices(string date, bool working)
    {
        // Act and Assert
        Assert.Equal(working, China.IsWorkingDay(D(date)));
    }

    [Theory]
    [InlineData("2024-09-27", 1, "2024-09-29")] // Friday → the make-up Sunday
    [InlineData("2024-09-29", 1, "2024-09-30")]
    [InlineData("2024-09-30", 1, "2024-10-08")] // over the National Day week
    [InlineData("2024-09-30", 5, "2024-10-12")] // Oct 8, 9, 10, 11 and the make-up Saturday
    [InlineData("2024-09-30", 10, "2024-10-18")]
    [InlineData("2025-01-27", 1, "2025-02-05")] // over Spring Festival
    [InlineData("2025-01-24", 2, "2025-01-27")] // Friday → make-up Sunday 26th, Monday 27th
    [InlineData("2030-09-27", 10, "2030-10-11")] // unlisted year: two plain weeks
    [InlineData("2024-12-31", 1, "2025-01-02")] // New Year's Day across years
    [InlineData("2024-03-04", 0, "2024-03-04")]
    public void AddWorkingDays_RealDates_TheNthWorkingDayAfter(string from, int days, string expected)
    {
        // Act and Assert
        Assert.Equal(D(expected), China.AddWorkingDays(D(from), days));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        // Act and Assert
        Assert.Throws<ArgumentOutOfRangeException>(() => China.AddWorkingDays(D("2024-03-04"), -1));
    }

    [Fact]
    public void China_Years_TheThreePublishedNotices()
    {
        // Act and Assert
        Assert.Equal(new[] { 2024, 2025, 2026 }, China.Years.Order());
    }
}
