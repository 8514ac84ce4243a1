namespace SmartReview.Review;

/// <summary>First review (Reviewer): the flag is not a violation.</summary>
public sealed record DismissFlag(string Reason) : CaseCommand;
