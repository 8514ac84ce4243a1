using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Edge.Cases;

/// <summary>A case as the API shows it: its key, its state, every event so far in order, and who has it in hand (null when nobody).</summary>
public sealed record CaseView(string Key, ReviewCase Case, IReadOnlyList<CaseEvent> Events, CaseAssignment? Assignment);
