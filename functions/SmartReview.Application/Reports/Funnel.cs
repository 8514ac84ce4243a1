namespace SmartReview.Application.Reports;

/// <summary>
/// Settlements screened (accepted, over completed batches) → flags (one case each) and their amount at stake →
/// confirmed (cases closed confirmed) and their amount → recovered (the ledger's net total, corrections included).
/// <see cref="Recovered"/> equals <see cref="ConfirmedAmount"/> whenever the ledger reconciles.
/// </summary>
public sealed record Funnel(long SettlementsScreened, int Flags, decimal AmountAtStake, int Confirmed, decimal ConfirmedAmount, decimal Recovered);
