using SmartReview.Application.Cases;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// What an export covers: one facility or all, one China-time month (yyyy-MM) or all, and the work queue's own
/// filters — a stage, a rule, a settlement, a person, an amount at stake at least <see cref="MinAmount"/>, due before
/// <see cref="DueBefore"/> — with its order (<see cref="Order"/>) and who holds the case (<see cref="AssigneeId"/>,
/// <see cref="Unassigned"/>), those last two an open stage's only. The decisions export leaves out each case's
/// opening unless <see cref="WithOpened"/>.
/// </summary>
public sealed record ExportFilter(string? Facility, string? Month)
{
    public Stage? Stage { get; init; }

    public string? Rule { get; init; }

    public string? Settlement { get; init; }

    public string? Person { get; init; }

    public decimal? MinAmount { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    public string? AssigneeId { get; init; }

    public bool Unassigned { get; init; }

    public QueueOrder Order { get; init; } = QueueOrder.Default;

    /// <summary>Whether the decisions export keeps the "case opened" events.</summary>
    public bool WithOpened { get; init; }

    /// <summary>Whether cases are narrowed by more than facility and month.</summary>
    public bool NarrowsCases => Stage is not null || Rule is not null || Settlement is not null || Person is not null || MinAmount is not null
        || DueBefore is not null || AssigneeId is not null || Unassigned;

    /// <summary>Whether the cases are read as the work queue lists them: an open stage, in <see cref="Order"/>.</summary>
    public bool FromQueue => Stage is { } s && s != Review.Stage.Closed;

    /// <summary>The filter, or null when <paramref name="month"/> is given and not yyyy-MM.</summary>
    public static ExportFilter? TryCreate(string? facility, string? month) =>
        string.IsNullOrEmpty(month) || ChinaTime.IsMonth(month)
            ? new ExportFilter(string.IsNullOrEmpty(facility) ? null : facility, string.IsNullOrEmpty(month) ? null : month)
            : null;

    /// <summary>Whether <paramref name="c"/> passes the case filters (all but the month and who holds it, which the queue's read applies).</summary>
    public bool Matches(ReviewCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        FlagSummary f = c.Flag;
        return (Facility is null || f.FacilityId == Facility) && (Stage is null || c.Stage == Stage) && (Rule is null || f.RuleId == Rule)
            && (Settlement is null || f.SettlementId == Settlement) && (Person is null || f.PersonId == Person)
            && (MinAmount is null || f.AmountAtStake >= MinAmount) && (DueBefore is null || c.DueUtc < DueBefore);
    }
}
