using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>The answer to a command that was carried out: the case after it and the events it appended.</summary>
internal sealed record CommandView(string Key, ReviewCase Case, IReadOnlyList<CaseEvent> Events);
