namespace SmartReview.Review;

/// <summary>
/// Something that happened to a case, with who (<see cref="ActorId"/>, <see cref="Role"/>), when, the stage and
/// amount before and after, the reason or statement, and the due date after it (null once closed).
/// <see cref="Sequence"/> starts at 1 with <see cref="EventKind.CaseOpened"/>, which carries the <see cref="Flag"/>;
/// <see cref="EventKind.IndicatorRejudged"/> carries the flag as re-judged. <see cref="OutcomeAfter"/> is the proposed (or, once closed, final) outcome after the event;
/// <see cref="Vote"/> and <see cref="VoteAmount"/> are set on <see cref="EventKind.VoteCast"/> only.
/// <see cref="Sanctions"/> are those in force after a final decision or correction (null when none);
/// <see cref="Receipt"/> is set on <see cref="EventKind.ReceiptRecorded"/> only; <see cref="Points"/> on
/// <see cref="EventKind.PointsRecorded"/> and <see cref="EventKind.PointsWithdrawn"/> only.
/// Equality compares <see cref="Evidence"/> item by item.
/// </summary>
public sealed record CaseEvent(
    int Sequence,
    EventKind Kind,
    DateTimeOffset AtUtc,
    string ActorId,
    Role Role,
    Stage StageBefore,
    Stage StageAfter,
    decimal? AmountBefore,
    decimal? AmountAfter,
    string? Reason,
    string? Statement = null,
    IReadOnlyList<EvidenceRef>? Evidence = null,
    Outcome? Vote = null,
    DateTimeOffset? DueUtc = null,
    Outcome? OutcomeAfter = null,
    decimal? VoteAmount = null,
    FlagSummary? Flag = null,
    Sanctions? Sanctions = null,
    Receipt? Receipt = null,
    PointsAward? Points = null)
{
    /// <inheritdoc />
    public bool Equals(CaseEvent? other) =>
        other is not null && Scalars == other.Scalars && Equals(Flag, other.Flag) && SameEvidence(Evidence, other.Evidence)
        && Equals(Sanctions, other.Sanctions) && Receipt == other.Receipt && Equals(Points, other.Points);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scalars, Evidence?.Count);

    private static bool SameEvidence(IReadOnlyList<EvidenceRef>? a, IReadOnlyList<EvidenceRef>? b) =>
        a is null || b is null ? a is null && b is null : a.SequenceEqual(b);

    private (int, EventKind, DateTimeOffset, string, Role, Stage, Stage, decimal?, decimal?, string?, string?, Outcome?,
        DateTimeOffset?, Outcome?, decimal?) Scalars =>
        (Sequence, Kind, AtUtc, ActorId, Role, StageBefore, StageAfter, AmountBefore, AmountAfter, Reason, Statement, Vote,
            DueUtc, OutcomeAfter, VoteAmount);
}
