using SmartReview.Review;

namespace SmartReview.Edge.Ledger;

/// <summary>A facility's ledger entries (of one month, if asked), with what they make due and what was received, by kind.</summary>
public sealed record LedgerView(string Facility, string? Month, IReadOnlyList<LedgerPosting> Postings, LedgerAmounts Due, LedgerAmounts Received)
{
    /// <summary>The net amount made due, all kinds (what the view called its total before kinds were kept).</summary>
    public decimal Total => Due.Total;
}
