namespace SmartReview.Synthetic.Generation;

/// <summary>China calendar days as day numbers, and their start in UTC.</summary>
internal static class ChinaDays
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Midnight China time of <paramref name="day"/>, as UTC.</summary>
    public static DateTime StartUtc(int day) => DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - Offset;

    /// <summary>A time on <paramref name="day"/> at <paramref name="minutes"/> past China midnight, as UTC.</summary>
    public static DateTime AtUtc(int day, int minutes) => StartUtc(day).AddMinutes(minutes);
}
