namespace SmartReview.Review;

/// <summary>
/// One measure of agreement handling. <see cref="Amount"/> belongs to liquidated damages only (above 0, in fen);
/// <see cref="Months"/> and <see cref="Department"/> to a department's suspension only; <see cref="Until"/> (a China
/// date) to rectification only.
/// </summary>
public sealed record AgreementAction(AgreementMeasure Measure, decimal? Amount = null, int? Months = null, string? Department = null,
    DateOnly? Until = null);
