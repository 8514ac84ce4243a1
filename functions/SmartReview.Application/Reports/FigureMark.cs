namespace SmartReview.Application.Reports;

/// <summary>A facility's mark "changed since counted": <see cref="Stamp"/> is when it was last written, <see cref="Version"/> its ETag.</summary>
public sealed record FigureMark(string FacilityId, DateTimeOffset Stamp, string Version);
