namespace SmartReview.Review;

/// <summary>How a legal basis bounds a fine.</summary>
public enum PenaltyScale
{
    /// <summary>Between two multiples of the confirmed loss (e.g. 1–2×).</summary>
    MultipleOfLoss,

    /// <summary>Between two fixed amounts in yuan (e.g. ¥10,000–50,000).</summary>
    Fixed,
}
