namespace SmartReview.Rules.Settlements;

/// <summary>A discharge diagnosis, ICD-10 医保版. Exactly one per settlement is the main one.</summary>
public sealed record Diagnosis(string Code, string Name, bool Main);
