using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>A new case and the event that opened it, to be stored together, and where its settlement is kept (if it is).</summary>
public sealed record OpenedCase(ReviewCase Case, CaseEvent Opened, CaseSource? Source = null);
