namespace SmartReview.Review;

/// <summary>
/// What a case opens from: one flag of the scoring engine. <see cref="Definite"/> flags (明确违规) open already
/// confirmed for <see cref="AmountAtStake"/>; suspicious ones (可疑) open in first review. Equality compares
/// <see cref="LineIds"/> item by item. <see cref="Basis"/> is which rules judged it (a screening basis in its text form,
/// e.g. <c>as-of:2026-01-01</c>); cases stored before it was kept have none.
/// </summary>
public sealed record FlagSummary(
    string FlagId,
    string SettlementId,
    string FacilityId,
    string PersonId,
    string RuleId,
    string Pack,
    bool Definite,
    decimal AmountAtStake,
    IReadOnlyList<string> LineIds,
    string MessageZh,
    string MessageEn,
    string? KnowledgeId,
    string? RelatedSettlementId,
    DateOnly Discharge,
    string? Basis = null)
{
    /// <inheritdoc />
    public bool Equals(FlagSummary? other) =>
        other is not null && Scalars == other.Scalars && LineIds.SequenceEqual(other.LineIds);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scalars, LineIds.Count);

    private (string, string, string, string, string, string, bool, decimal, string, string, string?, string?, DateOnly, string?) Scalars =>
        (FlagId, SettlementId, FacilityId, PersonId, RuleId, Pack, Definite, AmountAtStake, MessageZh, MessageEn,
            KnowledgeId, RelatedSettlementId, Discharge, Basis);
}
