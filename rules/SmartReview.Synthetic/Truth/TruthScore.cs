namespace SmartReview.Synthetic.Truth;

/// <summary>Expected flags, raised flags and how many of them matched, for one family, one rule or overall.</summary>
public sealed record TruthScore(long Expected, long Raised, long Matched)
{
    /// <summary>Matched / expected; 1 when nothing was expected.</summary>
    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    /// <summary>Matched / raised; 1 when nothing was raised.</summary>
    public double Precision => Raised == 0 ? 1 : (double)Matched / Raised;
}
