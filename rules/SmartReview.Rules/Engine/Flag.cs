using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Engine;

/// <summary>
/// A rule hit on one settlement: which rule (and pack version, on which basis) fired, on which lines, how much money is at stake
/// and why, in words a reviewer can check. <see cref="Id"/> is deterministic: the same input gives the same id.
/// </summary>
public sealed record Flag
{
    public required string Id { get; init; }
    public required string SettlementId { get; init; }
    public required string FacilityId { get; init; }
    public required string PersonId { get; init; }
    public required string RuleId { get; init; }
    public string? RuleCode { get; init; }
    public required string Pack { get; init; }
    public required string Family { get; init; }
    public required ResultType Result { get; init; }
    public required Severity Severity { get; init; }
    public required IReadOnlyList<string> LineIds { get; init; }

    /// <summary>Yuan, to the fen. How it is computed is the family's (docs/rule-families.md).</summary>
    public required decimal Amount { get; init; }
    public string? KnowledgeId { get; init; }

    /// <summary>For cross-settlement rules: the other settlement involved.</summary>
    public string? RelatedSettlementId { get; init; }
    public required LocalizedText Message { get; init; }

    /// <summary>Which rules judged it, resolved for its settlement: "as of 2026-01-01", "discharge date 2024-05-03".</summary>
    public ScreeningBasis Basis { get; init; }

    /// <summary>The pack version and basis that judged the flag, in words.</summary>
    public LocalizedText JudgedBy => Texts.JudgedBy(Pack, Basis);
}
