namespace SmartReview.Review;

/// <summary>Closed (a Supervisor not otherwise involved): correct the final decision; <paramref name="Amount"/> is 0 when dismissing.</summary>
public sealed record CorrectDecision(Outcome Outcome, decimal Amount, string Reason) : CaseCommand;
