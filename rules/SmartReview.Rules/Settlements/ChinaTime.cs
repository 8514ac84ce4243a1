namespace SmartReview.Rules.Settlements;

/// <summary>Times are stored in UTC and reasoned about in China Standard Time (UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The China calendar date of <paramref name="utc"/>, from its ticks (called for every line scored).</summary>
    public static DateOnly Date(DateTime utc) => DateOnly.FromDayNumber((int)((utc.Ticks + Offset.Ticks) / TimeSpan.TicksPerDay));

    public static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToOffset(Offset);
}
