using SmartReview.Review;

namespace SmartReview.Application.Ledger;

/// <summary>
/// One China-time month (yyyy-MM) of a facility's statement, by kind: what was made due in it (corrections net) and
/// received in it, and to date at its end — when <see cref="DueToDate"/> = <see cref="ReceivedToDate"/> +
/// <see cref="Outstanding"/>, to the fen.
/// </summary>
public sealed record MonthBalance(string Month, LedgerAmounts Due, LedgerAmounts Received, LedgerAmounts DueToDate, LedgerAmounts ReceivedToDate)
{
    /// <summary>What is still to come back at the month's end: due to date less received to date.</summary>
    public LedgerAmounts Outstanding => DueToDate.Minus(ReceivedToDate);
}
