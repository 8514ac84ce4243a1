using System.Text.Json.Serialization;

namespace SmartReview.Review;

/// <summary>
/// The state of one case, rebuilt by folding its events (<see cref="ReviewFlow.Replay"/>); only
/// <see cref="ReviewFlow.Open"/> and <see cref="ReviewFlow.Apply"/> should make one.
/// <see cref="Version"/> is the number of events applied (the last event's sequence). <see cref="Amount"/> is the
/// amount proposed or decided, null when nothing is proposed or the outcome is <see cref="Outcome.Dismissed"/>.
/// <see cref="AppealRound"/> is 0 before any appeal window, 1 once the first decision opened one, 2 once a
/// re-review opened the contest window. <see cref="Escalated"/> says a deadline passed in the current stage.
/// <see cref="Sanctions"/> are what the final decision (or its correction) ordered; <see cref="Received"/> what has
/// come back of each kind due. <see cref="Points"/> are the payment-qualification points recorded on the case (null
/// until any are). Equality compares <see cref="Votes"/> and <see cref="Points"/> item by item.
/// </summary>
public sealed record ReviewCase(
    string CaseId,
    FlagSummary Flag,
    int Version,
    Stage Stage,
    DateTimeOffset? DueUtc,
    Outcome? Proposed,
    decimal? Amount,
    Outcome? FinalOutcome,
    string? FirstReviewerId,
    string? ReReviewerId,
    IReadOnlyList<PanelVote> Votes,
    int AppealRound,
    bool Escalated,
    DateTimeOffset OpenedUtc,
    DateTimeOffset? ClosedUtc,
    DateTimeOffset UpdatedUtc,
    IReadOnlyList<Points.PointsOnCase>? Points = null)
{
    /// <summary>The sanctions ordered with the final decision, null when none.</summary>
    public Sanctions? Sanctions { get; init; }

    /// <summary>What has been received of each kind due (receipts recorded on the closed case).</summary>
    public LedgerAmounts Received { get; init; }

    /// <summary>What the ledger holds as recovered for this case: the amount when closed as confirmed, else 0.</summary>
    [JsonIgnore]
    public decimal LedgerAmount => Stage == Stage.Closed && FinalOutcome == Outcome.Confirmed ? Amount ?? 0m : 0m;

    /// <summary>What the case makes due, by kind: once closed as confirmed, the recovery, the fine and the liquidated damages.</summary>
    [JsonIgnore]
    public LedgerAmounts Due => Stage == Stage.Closed && FinalOutcome == Outcome.Confirmed
        ? new LedgerAmounts(Amount ?? 0m, Sanctions?.Penalty?.Amount ?? 0m, Sanctions?.Damages ?? 0m)
        : LedgerAmounts.Zero;

    /// <summary>What is still to come back, by kind: due less received.</summary>
    [JsonIgnore]
    public LedgerAmounts Outstanding => Due.Minus(Received);

    /// <summary>Whether the current deadline has passed at <paramref name="nowUtc"/>: a deadline is due at its instant.</summary>
    public bool IsDue(DateTimeOffset nowUtc) => DueUtc is { } due && nowUtc >= due;

    /// <inheritdoc />
    public bool Equals(ReviewCase? other) =>
        other is not null && Scalars == other.Scalars && Flag == other.Flag && Votes.SequenceEqual(other.Votes)
        && Equals(Sanctions, other.Sanctions) && Received == other.Received && (Points ?? []).SequenceEqual(other.Points ?? []);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scalars, Votes.Count);

    private (string, int, Stage, DateTimeOffset?, Outcome?, decimal?, Outcome?, string?, string?, int, bool, DateTimeOffset,
        DateTimeOffset?, DateTimeOffset) Scalars =>
        (CaseId, Version, Stage, DueUtc, Proposed, Amount, FinalOutcome, FirstReviewerId, ReReviewerId, AppealRound, Escalated,
            OpenedUtc, ClosedUtc, UpdatedUtc);
}
