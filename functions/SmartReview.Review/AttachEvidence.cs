namespace SmartReview.Review;

/// <summary>
/// Any open stage (a Reviewer): attach files uploaded under the case, with a note saying what they show. The stage,
/// the proposal and the deadline stay as they are.
/// </summary>
public sealed record AttachEvidence(string Note, IReadOnlyList<EvidenceRef> Evidence) : CaseCommand;
