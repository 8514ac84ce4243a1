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

    /// <summary>
    /// The gross money at stake, yuan to the fen: the charges the flag names (or their part above a limit), or 0 when
    /// the family leaves the amount to a reviewer (<see cref="Families.Stake"/>; docs/rule-families.md).
    /// </summary>
    public required decimal Amount { get; init; }

    /// <summary>The fund's share of <see cref="Amount"/>, what a bureau can recover: estimated from the settlement's totals, 0 for class 丙 charges.</summary>
    public decimal FundAmount { get; init; }

    /// <summary>The most a reviewer can confirm, gross: <see cref="Amount"/>, or the stay's total when a reviewer sets the amount.</summary>
    public decimal Ceiling { get; init; }

    /// <summary>
    /// The attending doctor of the flagged stay (<c>doctor</c>); null for flags raised through the stay history, which
    /// keeps no doctor (the flagged stay may be another settlement than the one scored).
    /// </summary>
    public string? Doctor { get; init; }

    /// <summary>The billing doctors of the flagged lines (<c>lines[].doctor</c>), each once, in line order.</summary>
    public IReadOnlyList<string> LineDoctors { get; init; } = [];
    public string? KnowledgeId { get; init; }

    /// <summary>For cross-settlement rules: the other settlement involved.</summary>
    public string? RelatedSettlementId { get; init; }
    public required LocalizedText Message { get; init; }

    /// <summary>Which rules judged it, resolved for its settlement: "as of 2026-01-01", "discharge date 2024-05-03".</summary>
    public ScreeningBasis Basis { get; init; }

    /// <summary>The pack version and basis that judged the flag, in words.</summary>
    public LocalizedText JudgedBy => Texts.JudgedBy(Pack, Basis);
}
