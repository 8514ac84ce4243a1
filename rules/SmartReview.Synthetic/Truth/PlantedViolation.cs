namespace SmartReview.Synthetic.Truth;

/// <summary>
/// One flag the pack must raise on the generated data: which settlement and rule, on which lines (sorted,
/// ordinal), and for split admissions the earlier stay. A scorer's flag matches when all four are equal.
/// </summary>
public sealed record PlantedViolation(
    string SettlementId, string RuleId, string Family, IReadOnlyList<string> LineIds, string? RelatedSettlementId, string? KnowledgeId)
{
    /// <summary>The key a flag is matched on: settlement, rule, sorted line ids and related settlement.</summary>
    public string Key => TruthKeys.Of(SettlementId, RuleId, LineIds, RelatedSettlementId);
}
