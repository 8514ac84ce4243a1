namespace SmartReview.Application.Reports;

/// <summary>How often a host counts the dashboard figures that changed (<c>Reports:RefreshSeconds</c>, default 5; 0 = never, another app does).</summary>
public sealed record DashboardSettings
{
    public int RefreshSeconds { get; init; } = 5;

    public TimeSpan Every => TimeSpan.FromSeconds(Math.Max(0, RefreshSeconds));
}
