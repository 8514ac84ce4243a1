namespace SmartReview.Application.Reports;

/// <summary>
/// How often a host counts the dashboard figures that changed (<c>Reports:RefreshSeconds</c>, default 5; 0 = never,
/// another app does), and how long a read with changes pending waits for them to be counted before it serves what is
/// stored (<c>Reports:ReadWaitMilliseconds</c>, default 2,000).
/// </summary>
public sealed record DashboardSettings
{
    public int RefreshSeconds { get; init; } = 5;

    public int ReadWaitMilliseconds { get; init; } = 2000;

    public TimeSpan Every => TimeSpan.FromSeconds(Math.Max(0, RefreshSeconds));

    public TimeSpan ReadWait => TimeSpan.FromMilliseconds(Math.Max(0, ReadWaitMilliseconds));
}
