namespace SmartReview.Application.Cases;

/// <summary>A page of a work list, and the token that reads the next one (null on the last page).</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, string? Continuation);
