namespace SmartReview.Review;

/// <summary>
/// What a case opens from: one flag of the scoring engine. <see cref="Definite"/> flags (明确违规) that stake money
/// open already confirmed for <see cref="AmountAtStake"/>; suspicious ones (可疑), and flags whose family leaves the
/// amount to a reviewer (docs/decisions/0016), open in first review. <see cref="Ceiling"/> is the most a reviewer can
/// confirm (the stay's total when the family stakes nothing), <see cref="FundAmount"/> the fund's share of the amount
/// at stake, <see cref="Doctor"/> the attending doctor and <see cref="LineDoctors"/> the billing doctors of the flagged
/// lines; <see cref="Origin"/> where the case comes from (<see cref="CaseOrigin"/>); <see cref="Indicator"/> an indicator
/// case's reading (its settlement and person ids are empty); cases stored before these were kept have none, and their cap is the amount at stake. Equality compares the
/// lists item by item. <see cref="Basis"/> is which rules judged it (a screening basis in its text form, e.g.
/// <c>as-of:2026-01-01</c>); cases stored before it was kept have none.
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
    string? Basis = null,
    decimal? Ceiling = null,
    decimal? FundAmount = null,
    string? Doctor = null,
    IReadOnlyList<string>? LineDoctors = null,
    CaseOrigin? Origin = null,
    IndicatorReading? Indicator = null)
{
    /// <summary>Where the case comes from; a rule flag when none was kept.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CaseOrigin Source => Origin ?? CaseOrigin.RuleFlag;

    /// <summary>The most a reviewer can confirm.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public decimal Cap => Ceiling ?? AmountAtStake;

    /// <inheritdoc />
    public bool Equals(FlagSummary? other) =>
        other is not null && Scalars == other.Scalars && LineIds.SequenceEqual(other.LineIds)
        && (LineDoctors ?? []).SequenceEqual(other.LineDoctors ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scalars, LineIds.Count);

    private (string, string, string, string, string, string, bool, decimal, string, string, string?, string?, DateOnly, string?, decimal?, decimal?,
        string?, CaseOrigin?, IndicatorReading?) Scalars =>
        (FlagId, SettlementId, FacilityId, PersonId, RuleId, Pack, Definite, AmountAtStake, MessageZh, MessageEn,
            KnowledgeId, RelatedSettlementId, Discharge, Basis, Ceiling, FundAmount, Doctor, Origin, Indicator);
}
