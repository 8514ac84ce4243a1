using SmartReview.Review;

namespace SmartReview.Edge.Cases;

/// <summary>The answer to a command that was carried out: the case after it and the events it appended.</summary>
public sealed record CommandView(string Key, ReviewCase Case, IReadOnlyList<CaseEvent> Events);
