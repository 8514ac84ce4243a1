using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What a work list asks for: cases of a stage (optional only for one facility's own list), of a facility and of a
/// rule if given, at most <see cref="Take"/> of them, from where <see cref="Continuation"/> left off, in
/// <see cref="Order"/> (a continuation belongs to the order it was read in). The further filters narrow the page
/// read: amount at stake at least <see cref="MinAmount"/> (yuan), due before <see cref="DueBefore"/>, one
/// settlement (<see cref="SettlementId"/>) or person (<see cref="PersonId"/>), and (bureau lists only) claimed by
/// <see cref="AssigneeId"/> or by nobody (<see cref="Unassigned"/>). A filtered page may hold fewer than
/// <see cref="Take"/> and still have a next one.
/// </summary>
public sealed record CaseQuery(Stage? Stage, string? FacilityId, string? RuleId, int Take, string? Continuation)
{
    /// <summary>The most a page may hold.</summary>
    public const int MaxTake = 200;

    public decimal? MinAmount { get; init; }

    public DateTimeOffset? DueBefore { get; init; }

    public string? AssigneeId { get; init; }

    public bool Unassigned { get; init; }

    public string? SettlementId { get; init; }

    public string? PersonId { get; init; }

    /// <summary>Only cases of this origin (rows indexed before origins were kept show only when none is asked for).</summary>
    public CaseOrigin? Origin { get; init; }

    public QueueOrder Order { get; init; } = QueueOrder.Default;

    /// <summary>Whether only stage, facility and rule narrow the list, so the maintained counters answer its count exactly.</summary>
    public bool CountedByCounters =>
        Origin is null && MinAmount is null && DueBefore is null && AssigneeId is null && !Unassigned && SettlementId is null && PersonId is null;
}
