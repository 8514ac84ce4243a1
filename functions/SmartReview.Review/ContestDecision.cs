namespace SmartReview.Review;

/// <summary>
/// Appeal round 2 (the facility): contest the re-review, with a statement, any evidence and an optional reason; the
/// panel decides.
/// </summary>
public sealed record ContestDecision(string Statement, IReadOnlyList<EvidenceRef> Evidence, string? Reason = null) : CaseCommand;
