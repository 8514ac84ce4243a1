using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>The ledger over every facility, by kind (recovery, penalty, damages): made due, received, and outstanding.</summary>
public sealed record LedgerFigures(LedgerAmounts Due, LedgerAmounts Received)
{
    /// <summary>Due less received.</summary>
    public LedgerAmounts Outstanding => Due.Minus(Received);
}
