namespace SmartReview.Application.Reports;

/// <summary>
/// Settlements screened (accepted, over completed batches) → flags (one case each) and their amount at stake →
/// confirmed (cases closed confirmed) and their amount → recovered (the ledger's net recovery entries, corrections
/// included; penalties, damages and receipts are in <see cref="Dashboard.Ledger"/>).
/// <see cref="Recovered"/> equals <see cref="ConfirmedAmount"/> whenever the ledger reconciles.
/// </summary>
public sealed record Funnel(long SettlementsScreened, int Flags, decimal AmountAtStake, int Confirmed, decimal ConfirmedAmount, decimal Recovered);
