using System.Globalization;

namespace SmartReview.Review.Support;

/// <summary>Instants are kept in UTC and reasoned about in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar date in China at <paramref name="instant"/>.</summary>
    public static DateOnly Date(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>Midnight at the start of <paramref name="date"/> in China, as a UTC instant.</summary>
    public static DateTimeOffset StartOfDayUtc(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The month (yyyy-MM) in China at <paramref name="instant"/>.</summary>
    public static string Month(DateTimeOffset instant) => Date(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
