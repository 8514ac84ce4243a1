namespace SmartReview.Application.Reports;

/// <summary>
/// One China-time month (yyyy-MM): flags opened in it and their amount at stake, cases closed confirmed in it (by
/// the closing time) and their amount, and what the ledger booked in it (corrections in their own month): recovery
/// (<see cref="Recovered"/>), <see cref="Penalty"/> and <see cref="Damages"/> made due, and money <see cref="Received"/>.
/// </summary>
public sealed record MonthFigures(string Month, int Flags, decimal AmountAtStake, int Confirmed, decimal ConfirmedAmount, decimal Recovered,
    decimal Penalty = 0m, decimal Damages = 0m, decimal Received = 0m);
