using SmartReview.Host.Web;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Host.Tests.Web;

/// <summary>Working days left before a deadline (the midnight ending its last day in China time), today included.</summary>
public sealed class DeadlineTests
{
    /// <summary>Midnight starting Tuesday 2026-12-22 in China: the last day is Monday the 21st.</summary>
    private static readonly DateTimeOffset Due = ChinaTime.StartOfDayUtc(new DateOnly(2026, 12, 22));

    [Theory]
    [InlineData("2026-12-17T10:00:00+08:00", 3)] // Thursday, Friday, Monday
    [InlineData("2026-12-19T10:00:00+08:00", 1)] // Saturday: Monday only
    [InlineData("2026-12-21T23:59:00+08:00", 1)] // the last day itself
    [InlineData("2026-12-22T00:00:00+08:00", 0)] // passed
    public void WorkingDaysLeft_BeforeAMidnightDeadline_CountsWorkingDaysThroughTheDayBefore(string now, int expected)
    {
        int left = Deadline.WorkingDaysLeft(Due, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), WorkingCalendar.China);

        Assert.Equal(expected, left);
        Assert.Equal(new DateOnly(2026, 12, 21), WorkingCalendar.LastDay(Due));
    }
}
