namespace SmartReview.Review;

/// <summary>
/// Appeal round 1 (the facility): appeal the first decision, with a statement, any evidence and an optional reason
/// (kept on the event beside the statement).
/// </summary>
public sealed record FileAppeal(string Statement, IReadOnlyList<EvidenceRef> Evidence, string? Reason = null) : CaseCommand;
