namespace SmartReview.Review;

/// <summary>Closed and confirmed (a Supervisor): score points to a person (a doctor of the case or another code) for their degree of responsibility.</summary>
public sealed record RecordPoints(string PersonId, Responsibility Degree, int Points, string Reason) : CaseCommand;
