using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>A case the index says is due, with the index row that said so (to drop it if it turns out stale).</summary>
public sealed record DueEntry(CaseKey Key, Stage Stage, string IndexRow);
