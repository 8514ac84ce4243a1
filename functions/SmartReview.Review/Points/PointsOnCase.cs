namespace SmartReview.Review.Points;

/// <summary>Points recorded on a case by event <see cref="Sequence"/>, and whether they were withdrawn since.</summary>
public sealed record PointsOnCase(int Sequence, PointsAward Award, bool Withdrawn);
