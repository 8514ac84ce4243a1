namespace SmartReview.Review;

/// <summary>Final decision (a Supervisor not otherwise involved): close the case with the proposed outcome or an override (an outcome, and an amount when confirming).</summary>
public sealed record FinaliseDecision(string Reason, Outcome? Outcome = null, decimal? Amount = null) : CaseCommand;
