namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>China calendar days for rule expressions (registered with RulesEngine as a custom type).</summary>
public static class Dates
{
    /// <summary>The China (UTC+8) date of a UTC time, as a day number.</summary>
    public static int ChinaDay(DateTime utc) => ChinaDate(utc).DayNumber;

    public static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));
}
