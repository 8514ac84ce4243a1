using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>A case as read, with the storage version (ETag) a decision on it must still match to be written.</summary>
public sealed record StoredCase(ReviewCase Case, string Version)
{
    /// <summary>Where the case's settlement is kept; null for cases opened before settlements were kept.</summary>
    public CaseSource? Source { get; init; }
}
