using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// One line of a work list: where the case is, when it is due and what is at stake (money in yuan), and who has it
/// claimed or assigned (<see cref="AssigneeId"/>; null when nobody, and always null in a facility's own list).
/// A facility's own list (read from its case rows) also names the settlement, the person, the discharge date and,
/// once closed, the final outcome; the bureau's lists leave them null.
/// </summary>
public sealed record CaseSummary(string Key, string FacilityId, string CaseId, Stage Stage, DateTimeOffset? DueUtc, string RuleId,
    decimal AmountAtStake, decimal? Amount, bool Escalated, int Version, string? AssigneeId = null)
{
    /// <summary>Where the case comes from (a rule flag for rows written before origins were kept).</summary>
    public CaseOrigin Origin { get; init; }

    public string? SettlementId { get; init; }

    public string? PersonId { get; init; }

    public DateOnly? Discharge { get; init; }

    /// <summary>The final outcome of a closed case; null while open.</summary>
    public Outcome? FinalOutcome { get; init; }
}
