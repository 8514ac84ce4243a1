using SmartReview.Review.Points;

namespace SmartReview.Application.Points;

/// <summary>One person's record (一医一档): a standing for each year with entries and for the current year, newest first.</summary>
public sealed record PersonRecord(string PersonId, IReadOnlyList<PointsStanding> Years);
