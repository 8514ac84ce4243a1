namespace SmartReview.Application.Reports;

/// <summary>
/// One rule's cases: hits (all), open (not closed), confirmed and dismissed (closed, by final outcome), the
/// confirmation rate over those decided (null when none is), the amount at stake of all hits and the confirmed amount.
/// </summary>
public sealed record RuleFigures(string RuleId, int Hits, int Open, int Confirmed, int Dismissed, decimal? ConfirmationRate, decimal AmountAtStake,
    decimal ConfirmedAmount);
