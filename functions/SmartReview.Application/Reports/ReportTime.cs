using System.Globalization;
using System.Text.RegularExpressions;
using SmartReview.Review.Support;

namespace SmartReview.Application.Reports;

/// <summary>Reports show times in China time (<see cref="ChinaTime"/>), as wall-clock values, and filter by China month (yyyy-MM).</summary>
public static partial class ReportTime
{
    /// <summary>The wall-clock time in China at <paramref name="instant"/>.</summary>
    public static DateTime China(DateTimeOffset instant) => instant.ToOffset(ChinaTime.Offset).DateTime;

    /// <summary>Whether <paramref name="month"/> is a month written yyyy-MM.</summary>
    public static bool IsMonth(string month) => MonthPattern().IsMatch(month);

    /// <summary>The UTC instants where the China month starts and where the next one starts.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(string month)
    {
        var start = new DateTimeOffset(DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture), ChinaTime.Offset);
        return (start.ToUniversalTime(), start.AddMonths(1).ToUniversalTime());
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
