using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>A case as the API shows it: its key, its state and every event so far, in order.</summary>
internal sealed record CaseView(string Key, ReviewCase Case, IReadOnlyList<CaseEvent> Events);
