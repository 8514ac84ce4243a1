using SmartReview.Kernel;


namespace SmartReview.Application.Reports;

/// <summary>What an export covers: one facility or all, one China-time month (yyyy-MM) or all.</summary>
public sealed record ExportFilter(string? Facility, string? Month)
{
    /// <summary>The filter, or null when <paramref name="month"/> is given and not yyyy-MM.</summary>
    public static ExportFilter? TryCreate(string? facility, string? month) =>
        string.IsNullOrEmpty(month) || ChinaTime.IsMonth(month)
            ? new ExportFilter(string.IsNullOrEmpty(facility) ? null : facility, string.IsNullOrEmpty(month) ? null : month)
            : null;
}
