namespace SmartReview.Review;

/// <summary>
/// Closed (a Supervisor not otherwise involved): correct the final decision; <paramref name="Amount"/> is 0 when
/// dismissing. <paramref name="Sanctions"/> replace those ordered; null keeps them (checked again against the corrected
/// amount), and a dismissal drops them. Nothing may fall below what was already received of its kind.
/// </summary>
public sealed record CorrectDecision(Outcome Outcome, decimal Amount, string Reason, Sanctions? Sanctions = null) : CaseCommand;
