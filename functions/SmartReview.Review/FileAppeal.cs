namespace SmartReview.Review;

/// <summary>Appeal round 1 (the facility): appeal the first decision, with a statement and any evidence.</summary>
public sealed record FileAppeal(string Statement, IReadOnlyList<EvidenceRef> Evidence) : CaseCommand;
