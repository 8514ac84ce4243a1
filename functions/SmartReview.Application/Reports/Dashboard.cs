namespace SmartReview.Application.Reports;

/// <summary>
/// What a supervisor watches, read at <see cref="AsOfUtc"/>: the funnel, figures per rule, per facility and per
/// China-time month (flags by <see cref="Months"/>), the ledger by kind, and the ageing of open cases per stage. Money is
/// yuan; rates are 0..1, null when there is nothing to divide by. <see cref="CountedUtc"/> is when the stored figures
/// were last brought up to date, <see cref="Pending"/> how many facilities have changes not counted yet (docs/decisions/0023).
/// </summary>
public sealed record Dashboard(
    DateTimeOffset AsOfUtc,
    Funnel Funnel,
    IReadOnlyList<RuleFigures> ByRule,
    IReadOnlyList<FacilityFigures> ByFacility,
    IReadOnlyList<MonthFigures> ByMonth,
    IReadOnlyList<StageAgeing> Ageing,
    LedgerFigures Ledger)
{
    public MonthBasis Months { get; init; }

    public DateTimeOffset? CountedUtc { get; init; }

    public int Pending { get; init; }
}
