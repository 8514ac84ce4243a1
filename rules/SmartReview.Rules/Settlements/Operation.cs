namespace SmartReview.Rules.Settlements;

/// <summary>An operation, ICD-9-CM-3 医保版.</summary>
public sealed record Operation(string Code, string Name, DateTime? PerformedAt, bool Main);
