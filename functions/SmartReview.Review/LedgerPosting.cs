namespace SmartReview.Review;

/// <summary>
/// One ledger entry an event causes, booked in the month (yyyy-MM, China time) of the event, for a facility, a rule
/// and a case: an amount made due of a <see cref="Kind"/> (recovery, penalty, damages; a negative amount reverses an
/// earlier posting), or a <see cref="LedgerKind.Receipt"/> of money received <see cref="Against"/> one of those kinds
/// by a <see cref="Method"/> under a voucher <see cref="Reference"/>. Entries stored before kinds were kept read as recoveries.
/// </summary>
public sealed record LedgerPosting(string FacilityId, string RuleId, string Month, string CaseId, int Sequence, decimal Amount,
    LedgerKind Kind = LedgerKind.Recovery, LedgerKind? Against = null, ReceiptMethod? Method = null, string? Reference = null)
{
    /// <summary>What this entry adds to the amount due: its amount unless it is a receipt.</summary>
    public decimal Due => Kind == LedgerKind.Receipt ? 0m : Amount;

    /// <summary>What this entry adds to the amount received: its amount if it is a receipt.</summary>
    public decimal Received => Kind == LedgerKind.Receipt ? Amount : 0m;

    /// <summary>The kind due this entry moves: its own kind, or for a receipt the kind it pays.</summary>
    public LedgerKind DueKind => Kind == LedgerKind.Receipt ? Against.GetValueOrDefault() : Kind;
}
