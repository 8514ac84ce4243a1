using SmartReview.Kernel;

namespace SmartReview.Review.Flow;

/// <summary>
/// What the ledger books. A final confirmed decision (or an accepted self-inspection report) posts what it makes due, one entry per kind (recovery, penalty,
/// damages); a correction reverses what the case had made due and posts what it makes due now; a receipt posts the
/// money received against its kind. Everything is booked in the month (China time) of the event.
/// </summary>
internal static class Ledger
{
    public static IReadOnlyList<LedgerPosting> For(ReviewCase before, CaseEvent e) => e.Kind switch
    {
        EventKind.DecisionFinalised or EventKind.ReportAccepted => [.. Post(before, e, Fold.Apply(before, e).Due, 1m)],
        EventKind.DecisionCorrected => [.. Post(before, e, before.Due, -1m), .. Post(before, e, Fold.Apply(before, e).Due, 1m)],
        EventKind.ReceiptRecorded when e.Receipt is { } r =>
            [Entry(before, e, r.Amount, LedgerKind.Receipt) with { Against = r.Against, Method = r.Method, Reference = r.Reference }],
        _ => [],
    };

    private static IEnumerable<LedgerPosting> Post(ReviewCase before, CaseEvent e, LedgerAmounts due, decimal sign) =>
        LedgerAmounts.DueKinds.Where(k => due.Of(k) != 0m).Select(k => Entry(before, e, sign * due.Of(k), k));

    private static LedgerPosting Entry(ReviewCase before, CaseEvent e, decimal amount, LedgerKind kind) =>
        new(before.Flag.FacilityId, before.Flag.RuleId, ChinaTime.Month(e.AtUtc), before.CaseId, e.Sequence, amount, kind);
}
