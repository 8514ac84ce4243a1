using SmartReview.Review.Flow;

namespace SmartReview.Review;

/// <summary>
/// The review flow as a pure state machine: <see cref="Decide"/> turns state and a command into events or a
/// rejection; <see cref="Apply"/> folds an event into state; <see cref="Postings"/> says what an event books.
/// No clock, no I/O: the caller passes now, the region's settings and the calendar. Rules: docs/review-flow.md.
/// </summary>
public static class ReviewFlow
{
    /// <summary>
    /// Opens a case from a flag: a definite flag proposed confirmed for the amount at stake in the facility's appeal
    /// window (round 1); a suspicious one in first review. Throws on a flag without ids or with a negative or
    /// sub-fen amount at stake.
    /// </summary>
    public static (ReviewCase Case, CaseEvent Opened) Open(FlagSummary flag, DateTimeOffset nowUtc, ReviewSettings settings,
        WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(flag);
        ArgumentNullException.ThrowIfNull(calendar);
        settings.Validate();
        ArgumentException.ThrowIfNullOrWhiteSpace(flag.FlagId);
        ArgumentException.ThrowIfNullOrWhiteSpace(flag.FacilityId);
        ArgumentOutOfRangeException.ThrowIfNegative(flag.AmountAtStake);
        if (!Support.Money.IsFen(flag.AmountAtStake))
        {
            throw new ArgumentOutOfRangeException(nameof(flag), flag.AmountAtStake, "the amount at stake must be in fen");
        }

        DateTimeOffset now = nowUtc.ToUniversalTime();
        CaseEvent opened = flag.Definite && flag.AmountAtStake > 0
            ? new(1, EventKind.CaseOpened, now, Actor.SystemId, Role.System, Stage.FirstReview, Stage.Appeal, null, flag.AmountAtStake,
                null, DueUtc: calendar.DueUtc(now, settings.AppealWindowDays), OutcomeAfter: Outcome.Confirmed, Flag: flag)
            : new(1, EventKind.CaseOpened, now, Actor.SystemId, Role.System, Stage.FirstReview, Stage.FirstReview, null, null,
                null, DueUtc: calendar.DueUtc(now, settings.ReviewDays), Flag: flag);
        return (Fold.Start(opened), opened);
    }

    /// <summary>
    /// Opens a case a person asks for (<see cref="OpenCase"/>) under <paramref name="caseId"/>: a supervisor's finding
    /// proposed confirmed in the facility's appeal window, or a facility's self-inspection report in first review for
    /// a reviewer's acceptance (docs/review-flow.md, "Cases people open"). Refusals are results naming the field.
    /// </summary>
    public static Opening OpenByHand(string caseId, OpenCase request, Actor by, DateTimeOffset nowUtc, ReviewSettings settings,
        WorkingCalendar calendar)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseId);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(calendar);
        settings.Validate();
        return HandOpening.Open(caseId, request, by, nowUtc.ToUniversalTime(), settings, calendar);
    }

    /// <summary>
    /// What <paramref name="command"/> by <paramref name="by"/> at <paramref name="nowUtc"/> does to the case: the
    /// events to append (numbered from <c>state.Version + 1</c>) or a <see cref="Rejection"/>. Pure: the state is not
    /// changed; apply the events to get the next state.
    /// </summary>
    public static Decision Decide(ReviewCase state, CaseCommand command, Actor by, DateTimeOffset nowUtc, ReviewSettings settings,
        WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(calendar);
        settings.Validate();
        return Stages.Decide(new Step(state, by, nowUtc.ToUniversalTime(), settings, calendar), command);
    }

    /// <summary>
    /// The state after <paramref name="e"/>. Throws <see cref="InvalidOperationException"/> when the event does not
    /// follow the state (sequence not Version + 1, another stage before, or a second CaseOpened).
    /// </summary>
    public static ReviewCase Apply(ReviewCase state, CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(e);
        return Fold.Apply(state, e);
    }

    /// <summary>
    /// An indicator case meets <paramref name="latest"/>, its facility-month judged again on a larger tally: the
    /// <see cref="EventKind.IndicatorRejudged"/> event to append (by the System), or null when nothing changed or the
    /// reading counts fewer stays than the case's (an earlier tally). In first review the case takes the new flag, value
    /// and amount at stake (0 when the month is no longer above the threshold: a reviewer can then only dismiss it);
    /// after a decision only the reading is recorded and the amounts stay. Throws when the case is not an indicator case
    /// or <paramref name="latest"/> is not its facility-month.
    /// </summary>
    public static CaseEvent? Rejudge(ReviewCase state, FlagSummary latest, DateTimeOffset nowUtc)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(latest);
        return Rejudging.Rejudge(state, latest, nowUtc.ToUniversalTime());
    }

    /// <summary>Rebuilds a case from all its events in sequence order, starting with CaseOpened (which carries the flag).</summary>
    public static ReviewCase Replay(IEnumerable<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        using IEnumerator<CaseEvent> e = events.GetEnumerator();
        if (!e.MoveNext())
        {
            throw new ArgumentException("a case has at least its CaseOpened event", nameof(events));
        }

        ReviewCase state = Fold.Start(e.Current);
        while (e.MoveNext())
        {
            state = Fold.Apply(state, e.Current);
        }

        return state;
    }

    /// <summary>
    /// The ledger entries <paramref name="e"/> causes, given the state <paramref name="before"/> it: one positive entry
    /// when a case closes confirmed; for a correction, the reversal (negative) of what was posted, then the new amount.
    /// </summary>
    public static IReadOnlyList<LedgerPosting> Postings(ReviewCase before, CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(e);
        return Ledger.For(before, e);
    }

    /// <summary>Applies events in order and collects their postings: what a store writes in one transaction.</summary>
    public static (ReviewCase Case, IReadOnlyList<LedgerPosting> Postings) ApplyAll(ReviewCase state, IEnumerable<CaseEvent> events)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(events);
        List<LedgerPosting> postings = [];
        foreach (CaseEvent e in events)
        {
            postings.AddRange(Postings(state, e));
            state = Apply(state, e);
        }

        return (state, postings);
    }
}
