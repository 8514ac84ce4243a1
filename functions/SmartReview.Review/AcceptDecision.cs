namespace SmartReview.Review;

/// <summary>Appeal, either round (the facility): accept the decision; the reason is optional.</summary>
public sealed record AcceptDecision(string? Reason) : CaseCommand;
