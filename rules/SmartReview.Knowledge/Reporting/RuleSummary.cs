namespace SmartReview.Knowledge.Reporting;

/// <summary>What the written files hold for one national rule: entries machine-checkable and text-only, why text, and
/// the shapes the structural step read them as.</summary>
public sealed record RuleSummary(
    string RuleKey, string RuleName, string Family, string Set, int Checkable, int TextOnly, IReadOnlyDictionary<string, int> TextReasons,
    IReadOnlyDictionary<string, int> Shapes);
