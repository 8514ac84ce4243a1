using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// A case as read, with the storage version (ETag) a decision on it must still match to be written, and who has it
/// claimed in its current stage (null when nobody).
/// </summary>
public sealed record StoredCase(ReviewCase Case, string Version, CaseAssignment? Assignment = null)
{
    /// <summary>Where the case's settlement is kept; null for cases opened before settlements were kept.</summary>
    public CaseSource? Source { get; init; }
}
