namespace SmartReview.Review;

/// <summary>
/// A region's review settings: windows and review times in working days, the panel's size, and the amount above
/// which a re-reviewed decision goes straight to the panel.
/// </summary>
public sealed record ReviewSettings(
    int AppealWindowDays = 10,
    int ReviewDays = 15,
    int PanelDays = 15,
    int FinalDays = 15,
    int PanelSize = 3,
    decimal PanelThreshold = 5000m,
    string Region = "default")
{
    /// <summary>The ranges a final decision's sanctions must keep (the national defaults unless a region loads its own).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public SanctionRules SanctionRules { get; init; } = SanctionRules.National;

    /// <summary>Payment-qualification points per degree of responsibility and the year's thresholds (default: Data/doctor-points.json).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Points.PointsScale Points { get; init; } = Review.Points.PointsScale.National;

    /// <summary>How many votes make a majority of the panel: more than half, <c>PanelSize / 2 + 1</c>.</summary>
    public int PanelMajority => Flow.PanelTally.Majority(PanelSize);

    /// <summary>Throws when a setting cannot work: days and panel size below 1, a negative threshold, no region.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(AppealWindowDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ReviewDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(PanelDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(FinalDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(PanelSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(PanelThreshold);
        ArgumentException.ThrowIfNullOrWhiteSpace(Region);
    }
}
