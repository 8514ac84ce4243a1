namespace SmartReview.Rules.Packs;

/// <summary>明确违规 (definite: deducted directly, still appealable) or 可疑 (suspicious: to human review).</summary>
public enum ResultType { Definite, Suspicious }
