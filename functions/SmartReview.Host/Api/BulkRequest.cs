using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>The body of <c>POST /api/cases/bulk</c>: the case keys and the one decision (with its one reason) for all of them.</summary>
internal sealed record BulkRequest(IReadOnlyList<string>? Keys, CaseCommand? Command);
