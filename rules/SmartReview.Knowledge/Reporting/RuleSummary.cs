namespace SmartReview.Knowledge.Reporting;

/// <summary>What the written files hold for one national rule: entries machine-checkable and text-only, and why text.</summary>
public sealed record RuleSummary(
    string RuleKey, string RuleName, string Family, string Set, int Checkable, int TextOnly, IReadOnlyDictionary<string, int> TextReasons);
