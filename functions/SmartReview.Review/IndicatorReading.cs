namespace SmartReview.Review;

/// <summary>
/// A facility indicator as last judged for an indicator case (<see cref="CaseOrigin.Indicator"/>): which indicator
/// (e.g. <c>drug_share</c>), the China discharge month (yyyy-MM), its value and threshold (a share, yuan or days, as the
/// indicator counts), the stays counted and whether the value was above the threshold (with its tolerance).
/// </summary>
public sealed record IndicatorReading(string Indicator, string Month, decimal Value, decimal Threshold, long Stays, bool Above);
