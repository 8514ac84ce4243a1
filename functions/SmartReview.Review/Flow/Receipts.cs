using System.Globalization;
using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>
/// Money received against a closed case: a positive amount in fen, with a voucher reference, at most what is
/// outstanding of its kind. So nothing is ever received beyond what is due, and due = received + outstanding holds
/// with outstanding never below 0; an overpayment is refused (<see cref="RejectionCode.ExceedsOutstanding"/>), not
/// booked as a credit.
/// </summary>
internal static class Receipts
{
    public static Decision Record(Step step, RecordReceipt command)
    {
        ReviewCase state = step.State;
        decimal outstanding = state.Outstanding.Of(command.Against);
        return new[]
        {
            Checks.Unless(string.IsNullOrWhiteSpace(command.Reference), RejectionCode.ReasonRequired, "ReferenceRequired"),
            Checks.Unless(!Enum.IsDefined(command.Method), RejectionCode.InvalidSanction, "Receipt_Method"),
            !Money.IsFen(command.Amount)
                ? Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Fen", command.Amount.ToString(CultureInfo.InvariantCulture))
                : Checks.Unless(command.Amount <= 0m, RejectionCode.InvalidAmount, "Receipt_Positive", command.Amount),
            Checks.Unless(command.Amount > outstanding, RejectionCode.ExceedsOutstanding, "Receipt_Exceeds", command.Amount, command.Against, outstanding),
        }.Then(() => Decision.Accept(step.Keep(EventKind.ReceiptRecorded, Stage.Closed, null, Optional(command.Reason))
            with { Receipt = new Receipt(command.Against, command.Amount, command.Method, command.Reference.Trim()) }));
    }

    /// <summary>A correction may not leave any kind due below what was already received of it.</summary>
    public static Rejection? NotBelowReceived(ReviewCase state, LedgerAmounts due)
    {
        foreach (LedgerKind kind in LedgerAmounts.DueKinds.Where(k => due.Of(k) < state.Received.Of(k)))
        {
            return Texts.Reject(RejectionCode.ExceedsOutstanding, "Correction_BelowReceived", kind, state.Received.Of(kind), due.Of(kind));
        }

        return null;
    }

    private static string? Optional(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason;
}
