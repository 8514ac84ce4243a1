namespace SmartReview.Review;

/// <summary>Money received against one kind due on a case: how much, how, and the voucher or payment it is recorded under.</summary>
public sealed record Receipt(LedgerKind Against, decimal Amount, ReceiptMethod Method, string Reference);
