namespace SmartReview.Application.Reports;

/// <summary>How long a built dashboard is served before a rebuild starts (<c>Reports:DashboardMaxAgeSeconds</c>, default 60).</summary>
public sealed record DashboardSettings
{
    public int DashboardMaxAgeSeconds { get; init; } = 60;

    public TimeSpan MaxAge => TimeSpan.FromSeconds(Math.Max(0, DashboardMaxAgeSeconds));
}
