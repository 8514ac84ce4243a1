using SmartReview.Review;

namespace SmartReview.Application.Ledger;

/// <summary>One case's part of a facility's statement: what it made due and what came back, by kind.</summary>
public sealed record CaseBalance(string CaseId, string RuleId, LedgerAmounts Due, LedgerAmounts Received)
{
    /// <summary>Due less received.</summary>
    public LedgerAmounts Outstanding => Due.Minus(Received);
}
