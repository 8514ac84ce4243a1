namespace SmartReview.Review;

/// <summary>Re-review (a Reviewer other than the first): dismiss the flag.</summary>
public sealed record OverturnDecision(string Reason) : CaseCommand;
