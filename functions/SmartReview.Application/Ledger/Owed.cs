using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Application.Ledger;

/// <summary>
/// What a facility owes, read from its ledger entries (through <see cref="ThroughMonth"/> when given): due, received
/// and outstanding by kind, month by month and case by case. Built by <see cref="Of"/>; every figure is a sum of
/// entries, so due = received + outstanding holds to the fen in total, at each month's end and for each case.
/// </summary>
public sealed record Owed(string FacilityId, string? ThroughMonth, LedgerAmounts Due, LedgerAmounts Received, IReadOnlyList<MonthBalance> Months,
    IReadOnlyList<CaseBalance> Cases)
{
    /// <summary>Due less received.</summary>
    public LedgerAmounts Outstanding => Due.Minus(Received);

    /// <summary>The statement of <paramref name="facilityId"/> from its ledger entries, of months up to <paramref name="throughMonth"/> if given.</summary>
    public static Owed Of(string facilityId, IEnumerable<LedgerPosting> postings, string? throughMonth = null)
    {
        ArgumentNullException.ThrowIfNull(postings);
        if (throughMonth is not null && !ChinaTime.IsMonth(throughMonth))
        {
            throw new ArgumentException("a month is yyyy-MM", nameof(throughMonth));
        }

        LedgerPosting[] kept = [.. postings.Where(p => throughMonth is null || string.CompareOrdinal(p.Month, throughMonth) <= 0)];
        var months = new List<MonthBalance>();
        LedgerAmounts dueToDate = LedgerAmounts.Zero, receivedToDate = LedgerAmounts.Zero;
        foreach (IGrouping<string, LedgerPosting> month in kept.GroupBy(p => p.Month).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            (LedgerAmounts due, LedgerAmounts received) = Sum(month);
            (dueToDate, receivedToDate) = (dueToDate.Plus(due), receivedToDate.Plus(received));
            months.Add(new MonthBalance(month.Key, due, received, dueToDate, receivedToDate));
        }

        CaseBalance[] cases = [.. kept.GroupBy(p => p.CaseId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(Case)];
        return new Owed(facilityId, throughMonth, dueToDate, receivedToDate, months, cases);
    }

    private static (LedgerAmounts Due, LedgerAmounts Received) Sum(IEnumerable<LedgerPosting> postings)
    {
        LedgerAmounts due = LedgerAmounts.Zero, received = LedgerAmounts.Zero;
        foreach (LedgerPosting p in postings)
        {
            due = due.Add(p.DueKind, p.Due);
            received = received.Add(p.DueKind, p.Received);
        }

        return (due, received);
    }

    private static CaseBalance Case(IGrouping<string, LedgerPosting> postings)
    {
        (LedgerAmounts due, LedgerAmounts received) = Sum(postings);
        return new CaseBalance(postings.Key, postings.First().RuleId, due, received);
    }
}
