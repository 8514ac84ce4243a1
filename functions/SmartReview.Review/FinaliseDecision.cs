namespace SmartReview.Review;

/// <summary>
/// Final decision (a Supervisor not otherwise involved): close the case with the proposed outcome or an override (an
/// outcome, and an amount when confirming); a confirmed violation may carry <paramref name="Sanctions"/> beside the
/// recovery (a fine within its basis' range, agreement handling, referrals).
/// </summary>
public sealed record FinaliseDecision(string Reason, Outcome? Outcome = null, decimal? Amount = null, Sanctions? Sanctions = null) : CaseCommand;
