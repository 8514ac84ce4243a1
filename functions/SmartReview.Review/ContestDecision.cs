namespace SmartReview.Review;

/// <summary>Appeal round 2 (the facility): contest the re-review; the panel decides.</summary>
public sealed record ContestDecision(string Statement, IReadOnlyList<EvidenceRef> Evidence) : CaseCommand;
