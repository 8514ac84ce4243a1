namespace SmartReview.Review;

/// <summary>
/// What a ledger entry is. Three kinds are money a final decision makes due (<see cref="Recovery"/>,
/// <see cref="Penalty"/>, <see cref="Damages"/>); <see cref="Receipt"/> is money received against one of them.
/// </summary>
public enum LedgerKind
{
    /// <summary>追回: the confirmed amount the facility returns to the fund.</summary>
    Recovery,

    /// <summary>罚款: a fine by legal basis, within the range the basis allows.</summary>
    Penalty,

    /// <summary>违约金: liquidated damages under the service agreement.</summary>
    Damages,

    /// <summary>到账: money received against what is due, by deduction or transfer.</summary>
    Receipt,
}
