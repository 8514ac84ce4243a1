using SmartReview.Kernel;
using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>
/// What the ledger books: a final confirmed decision posts its amount; a correction reverses what the case had
/// posted and posts the corrected amount. Everything is booked in the month (China time) of the event.
/// </summary>
internal static class Ledger
{
    public static IReadOnlyList<LedgerPosting> For(ReviewCase before, CaseEvent e) => e.Kind switch
    {
        EventKind.DecisionFinalised => [.. Post(before, e, Posted(e))],
        EventKind.DecisionCorrected => [.. Post(before, e, -before.LedgerAmount), .. Post(before, e, Posted(e))],
        _ => [],
    };

    private static decimal Posted(CaseEvent e) => e.OutcomeAfter == Outcome.Confirmed ? e.AmountAfter.GetValueOrDefault() : 0m;

    private static IEnumerable<LedgerPosting> Post(ReviewCase before, CaseEvent e, decimal amount)
    {
        if (amount != 0m)
        {
            yield return new LedgerPosting(before.Flag.FacilityId, before.Flag.RuleId, ChinaTime.Month(e.AtUtc), before.CaseId,
                e.Sequence, amount);
        }
    }
}
