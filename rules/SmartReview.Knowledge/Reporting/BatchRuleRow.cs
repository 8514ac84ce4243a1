namespace SmartReview.Knowledge.Reporting;

/// <summary>
/// Counts for one batch and rule, as read: every line is exactly one of checkable, text-only, withdrawal row or skipped.
/// <see cref="Restated"/>: points that replaced an earlier entry; <see cref="SupersededLater"/> and
/// <see cref="WithdrawnLater"/>: this row's points that a later line replaced or withdrew.
/// </summary>
public sealed record BatchRuleRow(
    string Batch, string RuleName, string? RuleCode, string? Family, string? Set,
    int Read, int Checkable, int TextOnly, int Withdrawals, int Skipped, int Restated, int SupersededLater, int WithdrawnLater,
    IReadOnlyDictionary<string, int> TextReasons, IReadOnlyDictionary<string, int> SkipReasons, IReadOnlyDictionary<string, int> Shapes);
