namespace SmartReview.Review;

/// <summary>Re-review (a Reviewer other than the first): keep the decision and its amount.</summary>
public sealed record UpholdDecision(string Reason) : CaseCommand;
