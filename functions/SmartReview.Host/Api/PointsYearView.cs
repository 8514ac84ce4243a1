using SmartReview.Review.Points;

namespace SmartReview.Host.Api;

/// <summary>The register of one year: the thresholds in force and each person the caller may see, most points first.</summary>
internal sealed record PointsYearView(int Year, int SuspendAt, int TerminateAt, IReadOnlyList<PointsStanding> People);
