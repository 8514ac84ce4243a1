namespace SmartReview.Edge.Ledger;

/// <summary>The sanction rules as the API shows them: each basis with its range for <see cref="Loss"/> (when given), and the suspension months.</summary>
public sealed record SanctionRulesView(decimal? Loss, IReadOnlyList<BasisView> Bases, int MinSuspensionMonths, int MaxSuspensionMonths);
