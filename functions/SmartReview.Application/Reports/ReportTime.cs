using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartReview.Application.Reports;

/// <summary>Reports show times and months in China time (UTC+8, no daylight saving).</summary>
public static partial class ReportTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The wall-clock time in China at <paramref name="instant"/>.</summary>
    public static DateTime China(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>The China date at <paramref name="instant"/>.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(China(instant));

    /// <summary>The China month (yyyy-MM) at <paramref name="instant"/>.</summary>
    public static string Month(DateTimeOffset instant) => China(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="month"/> is a month written yyyy-MM.</summary>
    public static bool IsMonth(string month) => MonthPattern().IsMatch(month);

    /// <summary>The UTC instants where the China month starts and where the next one starts.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(string month)
    {
        var start = new DateTimeOffset(DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture), Offset);
        return (start.ToUniversalTime(), start.AddMonths(1).ToUniversalTime());
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
