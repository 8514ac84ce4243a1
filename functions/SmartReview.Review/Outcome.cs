namespace SmartReview.Review;

/// <summary>What a decision says about a flag.</summary>
public enum Outcome
{
    /// <summary>认定违规: the flag is a violation for an amount.</summary>
    Confirmed,

    /// <summary>不予认定: no violation; nothing is recovered.</summary>
    Dismissed,
}
