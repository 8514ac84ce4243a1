namespace SmartReview.Review.Points;

/// <summary>The points one recording may score for a degree of responsibility, both ends included.</summary>
public readonly record struct PointsRange(int Min, int Max)
{
    public bool Contains(int points) => points >= Min && points <= Max;
}
