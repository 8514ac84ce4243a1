namespace SmartReview.Review;

/// <summary>Re-review (a Reviewer other than the first): confirm for a different amount.</summary>
public sealed record AdjustAmount(decimal Amount, string Reason) : CaseCommand;
