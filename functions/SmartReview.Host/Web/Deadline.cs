using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Host.Web;

/// <summary>
/// A deadline as people read it: the last working day (a deadline is the midnight that ends that day in China time)
/// and how many working days are left, today included, by <see cref="WorkingCalendar.China"/>.
/// </summary>
internal static class Deadline
{
    /// <summary>Working days from today (China time) through the deadline's last day; 0 once it has passed.</summary>
    public static int WorkingDaysLeft(DateTimeOffset dueUtc, DateTimeOffset nowUtc, WorkingCalendar calendar)
    {
        if (nowUtc >= dueUtc)
        {
            return 0;
        }

        DateOnly last = WorkingCalendar.LastDay(dueUtc);
        int left = 0;
        for (DateOnly day = ChinaTime.Date(nowUtc); day <= last; day = day.AddDays(1))
        {
            left += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return left;
    }

    /// <summary>"2026-12-21 · 剩余 3 个工作日", or the day and "已超期" once passed; empty without a deadline.</summary>
    public static string Describe(DateTimeOffset? dueUtc, DateTimeOffset nowUtc, IStringLocalizer texts)
    {
        if (dueUtc is not { } due)
        {
            return "";
        }

        string day = WorkingCalendar.LastDay(due).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        int left = WorkingDaysLeft(due, nowUtc, WorkingCalendar.China);
        string rest = nowUtc >= due ? texts["Due.Overdue"] : string.Format(CultureInfo.InvariantCulture, texts[left == 1 ? "Due.DayLeft" : "Due.DaysLeft"], left);
        return day + " · " + rest;
    }
}
