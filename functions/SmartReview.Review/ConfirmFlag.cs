namespace SmartReview.Review;

/// <summary>First review (Reviewer): the flag is a violation for <paramref name="Amount"/> (above 0, at most the amount at stake, in fen).</summary>
public sealed record ConfirmFlag(decimal Amount, string Reason) : CaseCommand;
