using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>A facility's ledger postings (of one month, if asked) and their sum in yuan.</summary>
internal sealed record LedgerView(string Facility, string? Month, IReadOnlyList<LedgerPosting> Postings, decimal Total);
