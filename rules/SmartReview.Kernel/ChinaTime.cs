using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartReview.Kernel;

/// <summary>
/// Times are stored in UTC and reasoned about in China Standard Time (UTC+8, no daylight saving): the one helper for
/// China dates, days, months and wall-clock times, for the rules, the review flow, reports and generated data alike.
/// </summary>
public static partial class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China calendar date of <paramref name="utc"/>, from its ticks (called for every line scored).</summary>
    public static DateOnly Date(DateTime utc) => DateOnly.FromDayNumber((int)((utc.Ticks + Offset.Ticks) / TimeSpan.TicksPerDay));

    /// <summary>The calendar date in China at <paramref name="instant"/>.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(Offset);

    /// <summary>The wall-clock time in China at <paramref name="instant"/> (for display and spreadsheets).</summary>
    public static DateTime WallClock(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>Midnight at the start of <paramref name="date"/> in China, as a UTC instant.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>Midnight China time of the day numbered <paramref name="day"/> (<see cref="DateOnly.DayNumber"/>), as UTC.</summary>
    public static DateTime StartUtc(int day) => DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    /// <summary>A time on day <paramref name="day"/> at <paramref name="minutes"/> past China midnight, as UTC.</summary>
    public static DateTime AtUtc(int day, int minutes) => StartUtc(day).AddMinutes(minutes);

    /// <summary>The month (yyyy-MM) in China at <paramref name="instant"/>.</summary>
    public static string Month(DateTimeOffset instant) => Date(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="month"/> is a month written yyyy-MM.</summary>
    public static bool IsMonth(string month) => MonthPattern().IsMatch(month);

    /// <summary>The UTC instants where the China month (yyyy-MM) starts and where the next one starts.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) MonthBounds(string month)
    {
        var start = new DateTimeOffset(DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture), Offset);
        return (start.ToUniversalTime(), start.AddMonths(1).ToUniversalTime());
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
