using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// A case as the reports see it: its state, and, when asked for, the amount its facility appealed against (the
/// <c>AppealFiled</c> event's amount before; null when the facility never appealed). A contest (round 2) always follows
/// an appeal, so "appealed" covers both.
/// </summary>
public sealed record ReportCase(ReviewCase Case, decimal? AppealedAmount = null)
{
    /// <summary>Whether the facility filed an appeal (and perhaps then a contest).</summary>
    public bool Appealed => AppealedAmount is not null;

    /// <summary>Appealed and closed dismissed, or closed for less than was appealed against.</summary>
    public bool Overturned => AppealedAmount is { } appealed && Case.Stage == Stage.Closed &&
        (Case.FinalOutcome == Outcome.Dismissed || Case.LedgerAmount < appealed);
}
