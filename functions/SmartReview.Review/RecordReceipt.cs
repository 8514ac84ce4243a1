namespace SmartReview.Review;

/// <summary>
/// Closed (a Supervisor): money received against one kind due on the case (recovery, penalty or damages), by
/// deduction from a monthly payment or by transfer, under a voucher <paramref name="Reference"/>; at most what is
/// outstanding of that kind.
/// </summary>
public sealed record RecordReceipt(LedgerKind Against, decimal Amount, ReceiptMethod Method, string Reference, string? Reason = null) : CaseCommand;
