using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>A new case and the event that opened it, to be stored together.</summary>
public sealed record OpenedCase(ReviewCase Case, CaseEvent Opened);
