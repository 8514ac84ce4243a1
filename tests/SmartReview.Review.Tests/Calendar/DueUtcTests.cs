namespace SmartReview.Review.Tests.Calendar;

public sealed class DueUtcTests
{
    private static readonly WorkingCalendar China = WorkingCalendar.China;

    [Fact]
    public void DueUtc_OverNationalDay_MidnightAfterTheLastWorkingDayInChinaAsUtc()
    {
        // Arrange: Monday 30 September 2024, 09:00 in China
        DateTimeOffset from = new(2024, 9, 30, 1, 0, 0, TimeSpan.Zero);

        // Act
        DateTimeOffset due = China.DueUtc(from, 1);

        // Assert: the end of Tuesday 8 October in China is 16:00 UTC that day
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 16, 0, 0, TimeSpan.Zero), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
        Assert.Equal(new DateOnly(2024, 10, 8), WorkingCalendar.LastDay(due));
    }

    [Fact]
    public void DueUtc_LateEveningUtc_CountsFromTheNextChinaDate()
    {
        // Arrange: Sunday 29 September 2024, 17:00 UTC is Monday 30 September, 01:00 in China
        DateTimeOffset from = new(2024, 9, 29, 17, 0, 0, TimeSpan.Zero);

        // Act and Assert
        Assert.Equal(new DateTimeOffset(2024, 10, 8, 16, 0, 0, TimeSpan.Zero), China.DueUtc(from, 1));
    }

    [Fact]
    public void DueUtc_DefaultAppealWindowOverSpringFestival_TenWorkingDays()
    {
        // Arrange: Friday 24 January 2025, 10:00 in China
        DateTimeOffset from = new(2025, 1, 24, 2, 0, 0, TimeSpan.Zero);

        // Act
        DateTimeOffset due = China.DueUtc(from, 10);

        // Assert: Jan 26 (make-up), 27, then Feb 5, 6, 7, 8 (make-up), 10, 11, 12, 13
        Assert.Equal(new DateOnly(2025, 2, 13), WorkingCalendar.LastDay(due));
    }

    [Fact]
    public void DueUtc_OffsetInput_SameInstantSameDue()
    {
        // Arrange
        DateTimeOffset utc = new(2024, 3, 4, 2, 0, 0, TimeSpan.Zero);

        // Act and Assert
        Assert.Equal(China.DueUtc(utc, 15), China.DueUtc(utc.ToOffset(TimeSpan.FromHours(8)), 15));
    }
}
