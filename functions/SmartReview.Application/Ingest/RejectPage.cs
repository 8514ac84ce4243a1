namespace SmartReview.Application.Ingest;

/// <summary>One page of a batch's rejects, and the token of the next page (null on the last).</summary>
public sealed record RejectPage(IReadOnlyList<StoredReject> Items, string? Next);
