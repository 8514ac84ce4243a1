namespace SmartReview.Application.Reports;

/// <summary>
/// What a supervisor watches, as of <see cref="AsOfUtc"/> (when it was built): the funnel, figures per rule, per
/// facility and per China-time month, the ledger by kind, and the ageing of open cases per stage. Money is yuan; rates are 0..1, null
/// when there is nothing to divide by. Built by <see cref="DashboardBuilder"/>, served cached by <see cref="DashboardService"/>.
/// </summary>
public sealed record Dashboard(
    DateTimeOffset AsOfUtc,
    Funnel Funnel,
    IReadOnlyList<RuleFigures> ByRule,
    IReadOnlyList<FacilityFigures> ByFacility,
    IReadOnlyList<MonthFigures> ByMonth,
    IReadOnlyList<StageAgeing> Ageing,
    LedgerFigures Ledger);
