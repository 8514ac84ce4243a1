namespace SmartReview.Application.Reports;

/// <summary>One facility's stored sums, its name if known, and when they were counted.</summary>
public sealed record FacilityCount(string FacilityId, string? Name, FigureSums Sums, DateTimeOffset CountedUtc);
